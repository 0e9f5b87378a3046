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
}
