using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
using Proposals.Domain.Sessions;

namespace Proposals.Domain.Tests;

/// <summary>Builds state from events, and the actors, ids and time the tests share.</summary>
public static class Given
{
    public static readonly DateTimeOffset Now = new(2025, 3, 5, 9, 30, 0, TimeSpan.FromHours(8));
    public static readonly DateTimeOffset Earlier = Now.AddDays(-1);

    public static readonly Guid SessionId = Guid.Parse("5e551011-0000-0000-0000-000000000001");
    public static readonly Guid OtherSessionId = Guid.Parse("5e551011-0000-0000-0000-000000000002");
    public static readonly Guid ProposalId = Guid.Parse("9a000000-0000-0000-0000-000000000001");
    public static readonly Guid OtherProposalId = Guid.Parse("9a000000-0000-0000-0000-000000000002");

    public static Actor Proposer(string id = "u-lead", string name = "王代表") => new(id, name, Role.Proposer);
    public static Actor CoSignerActor(string id = "u-co", string name = "李代表") => new(id, name, Role.Proposer);
    public static Actor Coordinator(string id = "u-coord", string name = "张处长") => new(id, name, Role.Coordinator, "代表工作室");
    public static Actor Handler(string id = "u-handler", string name = "赵科长") => new(id, name, Role.Handler, "市交通委");
    public static Actor Admin(string id = "u-admin", string name = "系统管理员") => new(id, name, Role.Admin);

    public static Actor ActorIn(Role role) => role switch
    {
        Role.Proposer => Proposer(),
        Role.Coordinator => Coordinator(),
        Role.Handler => Handler(),
        Role.Admin => Admin(),
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>Folds an item's history: the first event must be <see cref="ProposalSubmitted"/>.</summary>
    public static Proposal Proposal(params object[] history)
    {
        if (history is not [ProposalSubmitted submitted, .. var rest])
            throw new ArgumentException("An item's history starts with ProposalSubmitted.", nameof(history));
        return rest.Aggregate(global::Proposals.Domain.Proposals.Proposal.StartWith(submitted), (state, e) => state.Evolve(e));
    }

    /// <summary>Folds a register's history: the first event must be <see cref="SessionOpened"/>.</summary>
    public static SessionRegister Register(params object[] history)
    {
        if (history is not [SessionOpened opened, .. var rest])
            throw new ArgumentException("A register's history starts with SessionOpened.", nameof(history));
        return rest.Aggregate(SessionRegister.StartWith(opened), (state, e) => state.Evolve(e));
    }

    // ----- events -----

    public static SessionOpened SessionOpened(Guid? sessionId = null, Body body = Body.Npc, int numberDigits = 0) =>
        new(sessionId ?? SessionId, body, "第十八届人民代表大会第三次会议", numberDigits, Admin(), Earlier);

    public static NumberAllotted NumberAllotted(int number, Guid? sessionId = null) =>
        new(sessionId ?? SessionId, Guid.NewGuid(), number, Coordinator(), Earlier);

    public static ProposalSubmitted Submitted(
        Guid? proposalId = null, Guid? sessionId = null, Actor? by = null, params CoSigner[] coSigners)
    {
        var proposer = by ?? Proposer();
        return new ProposalSubmitted(
            proposalId ?? ProposalId,
            sessionId ?? SessionId,
            ProposalKind.Suggestion,
            "关于增设地铁站无障碍电梯的建议",
            "建议在老旧地铁站增设无障碍电梯。",
            "城市建设",
            "和平区代表团",
            new Proposer(proposer.Id, proposer.Name),
            coSigners,
            DisclosureConsent.Full,
            false,
            proposer,
            Earlier);
    }

    public static WithdrawalAgreed WithdrawalAgreed(Actor by, Guid? proposalId = null) => new(proposalId ?? ProposalId, by, Earlier);
    public static ProposalWithdrawn Withdrawn(Guid? proposalId = null) => new(proposalId ?? ProposalId, Proposer(), Earlier);
    public static ProposalRegistered Registered(int number = 1, Guid? proposalId = null) =>
        new(proposalId ?? ProposalId, SessionId, number, number.ToString(), Coordinator(), Earlier);
    public static ProposalDeclined Declined(Guid? proposalId = null) => new(proposalId ?? ProposalId, "不属于本级职权范围", Coordinator(), Earlier);
    public static ProposalConverted Converted(Guid? proposalId = null) => new(proposalId ?? ProposalId, null, Coordinator(), Earlier);
    public static ProposalMerged Merged(Guid? into = null, Guid? proposalId = null) =>
        new(proposalId ?? ProposalId, into ?? Guid.Parse("9a000000-0000-0000-0000-0000000000ff"), Coordinator(), Earlier);

    /// <summary>The event that moves an item out of Submitted into <paramref name="status"/>.</summary>
    public static object LeavingSubmittedFor(ProposalStatus status, Guid? proposalId = null) => status switch
    {
        ProposalStatus.Registered => Registered(1, proposalId),
        ProposalStatus.Declined => Declined(proposalId),
        ProposalStatus.Converted => Converted(proposalId),
        ProposalStatus.Merged => Merged(proposalId: proposalId),
        ProposalStatus.Withdrawn => Withdrawn(proposalId),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>A sole-proposer item of <see cref="SessionId"/> that has reached <paramref name="status"/>.</summary>
    public static Proposal ProposalIn(ProposalStatus status, Guid? proposalId = null, Guid? sessionId = null) =>
        status == ProposalStatus.Submitted
            ? Proposal(Submitted(proposalId, sessionId))
            : Proposal(Submitted(proposalId, sessionId), LeavingSubmittedFor(status, proposalId));

    // ----- handling: 交办 to 办结 -----

    /// <summary>The fixed "now" of the handling tests: Tuesday 20 February 2024, 10:00 in China.</summary>
    public static readonly DateTimeOffset HandlingNow = new(2024, 2, 20, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The China date of <see cref="HandlingNow"/>.</summary>
    public static readonly DateOnly HandlingToday = new(2024, 2, 20);

    /// <summary>Thursday 8 February 2024: the day the standard handling history assigns its item.</summary>
    public static readonly DateOnly AssignedDay = new(2024, 2, 8);

    /// <summary>
    /// The State Council's 2024 Spring Festival arrangement: off Saturday 10 to Saturday 17 February,
    /// Sunday 4 and Sunday 18 February worked instead.
    /// </summary>
    public static readonly global::Proposals.Domain.Policy.WorkingCalendar SpringFestival2024 = new(
        Enumerable.Range(10, 8).Select(day => new DateOnly(2024, 2, day)),
        [new DateOnly(2024, 2, 4), new DateOnly(2024, 2, 18)]);

    /// <summary>The lead unit of the standard history; also the unit of <see cref="Handler"/>.</summary>
    public const string LeadUnit = "市交通委";
    public const string SecondLeadUnit = "市规划资源局";
    public const string CoUnit = "市财政局";
    /// <summary>A unit of the jurisdiction the standard history does not assign.</summary>
    public const string OtherUnit = "市教委";

    public static readonly IReadOnlySet<string> KnownUnits = new HashSet<string> { LeadUnit, SecondLeadUnit, CoUnit, OtherUnit };

    /// <summary>A handler of <paramref name="unit"/>.</summary>
    public static Actor HandlerOf(string? unit, string? id = null) => new(id ?? $"u-handler-{unit}", "经办人", Role.Handler, unit);

    /// <summary>A date written yyyy-MM-dd (for theories).</summary>
    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A time in China (UTC+8).</summary>
    public static DateTimeOffset ChinaTimeAt(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(year, month, day, hour, minute, 0, ChinaTime.Offset);

    /// <summary>09:00 in China on <paramref name="day"/>.</summary>
    public static DateTimeOffset MorningOf(DateOnly day) => ChinaTime.StartOf(day).AddHours(9);

    /// <summary>An assignment with the default deadlines: the reply in 3 months, opinions in 1 (but not after the reply).</summary>
    public static ProposalAssigned Assigned(
        DateOnly? on = null, string[]? leadUnits = null, string[]? coUnits = null, DateOnly? dueOn = null, string? reason = null)
    {
        var day = on ?? AssignedDay;
        var due = dueOn ?? day.AddMonths(3);
        var opinionDue = day.AddMonths(1) < due ? day.AddMonths(1) : due;
        return new ProposalAssigned(ProposalId, leadUnits ?? [LeadUnit], coUnits ?? [CoUnit], day, due, opinionDue, reason, Coordinator(), MorningOf(day));
    }

    public static ReassignmentRequested ReassignmentAsked(string unit = LeadUnit, DateOnly? on = null) =>
        new(ProposalId, unit, "不属于本单位职责", HandlerOf(unit), MorningOf(on ?? AssignedDay));

    public static AssignmentAcknowledged Acknowledged(string unit = LeadUnit, DateOnly? on = null) =>
        new(ProposalId, unit, HandlerOf(unit), MorningOf(on ?? AssignedDay));

    public static ProposerContacted Contacted(string unit = LeadUnit, DateOnly? on = null)
    {
        var day = on ?? new DateOnly(2024, 2, 9);
        return new ProposerContacted(ProposalId, unit, day, ContactMethod.Meeting, "与代表见面沟通办理思路", HandlerOf(unit), MorningOf(day));
    }

    public static CoOrganizerOpinionGiven OpinionGiven(string unit = CoUnit, int round = 1, DateOnly? on = null) =>
        new(ProposalId, unit, round, "建议统筹安排资金", HandlerOf(unit), MorningOf(on ?? new DateOnly(2024, 2, 9)));

    public static DeadlineExtended Extended(DateOnly from, DateOnly to, DateOnly? on = null) =>
        new(ProposalId, from, to, "涉及多部门协调，需延期答复", Coordinator(), MorningOf(on ?? new DateOnly(2024, 2, 19)));

    /// <summary>A lead unit's reply, by default an A answer on Monday 19 February 2024.</summary>
    public static ReplyIssued Replied(
        string unit = LeadUnit, int round = 1, DateOnly? on = null, string category = "a", params Commitment[] commitments)
    {
        var day = on ?? new DateOnly(2024, 2, 19);
        return new ReplyIssued(ProposalId, unit, round, category, "答复内容", "李局长",
            new ReplyDisclosure(DisclosureScope.Full, null, null), commitments, day, HandlerOf(unit), MorningOf(day));
    }

    /// <summary>The proposer's rating; an unsatisfied one says why.</summary>
    public static ReplyRated Rated(Satisfaction result, int round = 1, DateOnly? on = null) =>
        new(ProposalId, round, Satisfaction.Satisfied, result, result == Satisfaction.Unsatisfied ? "问题没有解决" : null,
            Proposer(), MorningOf(on ?? new DateOnly(2024, 2, 20)));

    public static RehandlingStarted RehandlingStarted(int round = 2, DateOnly? on = null, DateOnly? dueOn = null)
    {
        var day = on ?? new DateOnly(2024, 2, 20);
        return new RehandlingStarted(ProposalId, round, day, dueOn ?? day.AddMonths(1), Proposer(), MorningOf(day));
    }

    public static ProposalClosed Closed(DateOnly? on = null) =>
        new(ProposalId, "The proposer rated the result satisfactory.", Proposer(), MorningOf(on ?? new DateOnly(2024, 2, 20)));

    public static DeadlineReminderIssued Reminded(DateOnly dueOn, int daysBefore = 7) =>
        new(ProposalId, dueOn, daysBefore, Actor.System, ChinaTime.StartOf(dueOn.AddDays(-daysBefore)));

    public static ProposalOverdue MarkedOverdue(DateOnly dueOn) =>
        new(ProposalId, dueOn, Actor.System, ChinaTime.StartOf(dueOn.AddDays(1)));

    /// <summary>
    /// The history of an item with one lead unit (<see cref="LeadUnit"/>) and one co-organizer (<see cref="CoUnit"/>)
    /// that has reached <paramref name="status"/>: assigned 8 Feb 2024 (due 8 May), acknowledged 8 Feb,
    /// contacted 9 Feb, replied 19 Feb; rated on 20 Feb (unsatisfied: round 2, due 20 March; satisfied: closed).
    /// </summary>
    public static object[] HandlingHistory(ProposalStatus status) => status switch
    {
        ProposalStatus.Submitted => [Submitted()],
        ProposalStatus.Registered or ProposalStatus.Declined or ProposalStatus.Converted or ProposalStatus.Merged or ProposalStatus.Withdrawn =>
            [Submitted(), LeavingSubmittedFor(status)],
        ProposalStatus.Assigned => [.. HandlingHistory(ProposalStatus.Registered), Assigned()],
        ProposalStatus.InProgress => [.. HandlingHistory(ProposalStatus.Assigned), Acknowledged()],
        ProposalStatus.Replied => [.. HandlingHistory(ProposalStatus.InProgress), Contacted(), Replied()],
        ProposalStatus.Rehandling => [.. HandlingHistory(ProposalStatus.Replied), Rated(Satisfaction.Unsatisfied), RehandlingStarted()],
        ProposalStatus.Closed => [.. HandlingHistory(ProposalStatus.Replied), Rated(Satisfaction.Satisfied), Closed()],
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The item of <see cref="HandlingHistory"/> in <paramref name="status"/>.</summary>
    public static Proposal ItemIn(ProposalStatus status) => Proposal(HandlingHistory(status));

    /// <summary>The item of <see cref="HandlingHistory"/> in <paramref name="status"/>, with more events after it.</summary>
    public static Proposal ItemIn(ProposalStatus status, params object[] more) => Proposal([.. HandlingHistory(status), .. more]);

    /// <summary>The state after an accepted decision's events.</summary>
    public static Proposal After(Proposal proposal, Decision decision)
    {
        Assert.True(decision.Accepted, $"Expected events but the command was rejected: {string.Join("; ", decision.Broken)}");
        return decision.Events.Aggregate(proposal, (state, e) => state.Evolve(e));
    }
}
