using Proposals.Domain.Assignment;
using Proposals.Domain.Closure;
using Proposals.Domain.Common;
using Proposals.Domain.Deadlines;
using Proposals.Domain.FollowUp;
using Proposals.Domain.Handling;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;
using Proposals.Domain.Ratings;
using Proposals.Domain.Replies;

namespace Proposals.Domain.Tests.Closure;

/// <summary>An item from registration to closure and follow-up, in two rounds.</summary>
public class LifecycleTests
{
    private static readonly Commitment Design = new("完成设计", new DateOnly(2024, 9, 30));
    private static readonly Commitment Build = new("完成施工", new DateOnly(2024, 12, 31));

    private static DateOnly D(int month, int day) => new(2024, month, day);

    [Fact]
    public void evolving_a_full_history_passes_through_each_state_and_ends_closed()
    {
        (object Event, ProposalStatus Then)[] history =
        [
            (Given.Submitted(), ProposalStatus.Submitted),
            (Given.Registered(12), ProposalStatus.Registered),
            (Given.Assigned(on: D(2, 1), coUnits: [Given.OtherUnit]), ProposalStatus.Assigned),
            (Given.ReassignmentAsked(Given.OtherUnit, D(2, 2)), ProposalStatus.Assigned),
            (Given.Assigned(on: D(2, 5), leadUnits: [Given.LeadUnit, Given.SecondLeadUnit], reason: "调整承办单位"), ProposalStatus.Assigned),
            (Given.Acknowledged(Given.LeadUnit, D(2, 5)), ProposalStatus.InProgress),
            (Given.Acknowledged(Given.SecondLeadUnit, D(2, 6)), ProposalStatus.InProgress),
            (Given.Acknowledged(Given.CoUnit, D(2, 6)), ProposalStatus.InProgress),
            (Given.Contacted(Given.LeadUnit, D(2, 6)), ProposalStatus.InProgress),
            (Given.Contacted(Given.SecondLeadUnit, D(2, 7)), ProposalStatus.InProgress),
            (Given.OpinionGiven(Given.CoUnit, 1, D(2, 8)), ProposalStatus.InProgress),
            (Given.Replied(Given.LeadUnit, 1, D(2, 19), "b", Design), ProposalStatus.InProgress),
            (Given.Extended(D(5, 5), D(6, 5), D(2, 20)), ProposalStatus.InProgress),
            (Given.Reminded(D(6, 5)), ProposalStatus.InProgress),
            (Given.MarkedOverdue(D(6, 5)), ProposalStatus.InProgress),
            (Given.Replied(Given.SecondLeadUnit, 1, D(6, 10)), ProposalStatus.Replied),
            (Given.Rated(Satisfaction.Unsatisfied, 1, D(6, 12)), ProposalStatus.Replied),
            (Given.RehandlingStarted(2, D(6, 12)), ProposalStatus.Rehandling),
            (Given.Acknowledged(Given.LeadUnit, D(6, 12)), ProposalStatus.Rehandling),
            (Given.Contacted(Given.LeadUnit, D(6, 13)), ProposalStatus.Rehandling),
            (Given.Contacted(Given.SecondLeadUnit, D(6, 13)), ProposalStatus.Rehandling),
            (Given.OpinionGiven(Given.CoUnit, 2, D(6, 14)), ProposalStatus.Rehandling),
            (Given.Replied(Given.LeadUnit, 2, D(6, 20), "b", Design, Build), ProposalStatus.Rehandling),
            (Given.Replied(Given.SecondLeadUnit, 2, D(6, 21)), ProposalStatus.Replied),
            (Given.Rated(Satisfaction.Satisfied, 2, D(6, 24)), ProposalStatus.Replied),
            (Given.Closed(D(6, 24)), ProposalStatus.Closed),
            (new CommitmentProgressReported(Given.ProposalId, Given.LeadUnit, 1, "设计完成", true, Given.HandlerOf(Given.LeadUnit), Given.ChinaTimeAt(2024, 9, 1)),
                ProposalStatus.Closed),
        ];

        var states = new List<Proposal>();
        foreach (var (e, _) in history)
            states.Add(states.Count == 0 ? Given.Proposal(e) : states[^1].Evolve(e));

        Assert.Equal(history.Select(h => h.Then), states.Select(s => s.Status));

        var item = states[^1];
        Assert.Equal(Given.Proposal(history.Select(h => h.Event).ToArray()).Status, item.Status);
        Assert.Equal(12, item.Number);
        Assert.Equal(2, item.Round);
        Assert.Equal([Given.LeadUnit, Given.SecondLeadUnit], item.LeadUnits);
        Assert.Equal([Given.CoUnit], item.CoUnits);
        Assert.Equal(D(2, 5), item.AssignedOn);
        Assert.Equal(D(6, 12), item.RoundStartedOn);
        Assert.Equal(D(7, 12), item.RoundFirstDueOn);
        Assert.Equal(D(7, 12), item.DueOn);
        Assert.Equal(D(6, 21), item.RepliedOn);
        Assert.Empty(item.ReassignmentRequestedBy);
        Assert.Equal([Given.LeadUnit], item.AcknowledgedBy);
        Assert.True(item.ContactedBy.SetEquals([Given.LeadUnit, Given.SecondLeadUnit]));
        Assert.Equal([Given.CoUnit], item.OpinionsFrom);
        Assert.True(item.RepliedBy.SetEquals([Given.LeadUnit, Given.SecondLeadUnit]));
        Assert.Equal([true, false], item.CommitmentsFulfilled[Given.LeadUnit]);
        Assert.Empty(item.CommitmentsFulfilled[Given.SecondLeadUnit]);
        Assert.Equal(D(6, 5), item.RemindedFor);
        Assert.Equal(D(6, 5), item.OverdueFor);

        // Round 1's first due date after the transfer and extension:
        Assert.Equal(D(5, 5), states[4].RoundFirstDueOn);
        Assert.Equal(D(6, 5), states[12].DueOn);
        Assert.Equal(D(6, 10), states[15].RepliedOn);
        Assert.Null(states[17].RepliedOn);
    }

    [Fact]
    public void deciding_each_step_from_the_state_so_far_handles_the_item_to_closure()
    {
        var policy = HandlingPolicy.Default;
        var calendar = Given.SpringFestival2024;
        var coordinator = Given.Coordinator();
        var proposer = Given.Proposer();
        var lead = Given.HandlerOf(Given.LeadUnit);
        var second = Given.HandlerOf(Given.SecondLeadUnit);
        var co = Given.HandlerOf(Given.CoUnit);
        var other = Given.HandlerOf(Given.OtherUnit);

        var history = new List<object> { Given.Submitted(), Given.Registered(7) };
        var item = Given.Proposal([.. history]);

        void Step(Decision decision, ProposalStatus expected)
        {
            item = Given.After(item, decision);
            history.AddRange(decision.Events);
            Assert.Equal(expected, item.Status);
        }

        DateTimeOffset At(int month, int day, int hour = 10) => Given.ChinaTimeAt(2024, month, day, hour);
        IssueReply Answer(string category, params Commitment[] commitments) =>
            new(category, "答复内容", "李局长", DisclosureScope.Summary, "答复摘要", null, commitments);

        // Round 1: assigned on Thursday 8 February, due 8 May; the co-organizer objects within its window and is replaced.
        Step(Assign.Decide(item, new([Given.LeadUnit, Given.SecondLeadUnit], [Given.CoUnit], null, null), Given.KnownUnits, policy, coordinator, At(2, 8)),
            ProposalStatus.Assigned);
        Step(RequestReassignment.Decide(item, "不属于本单位职责", policy, calendar, co, At(2, 23)), ProposalStatus.Assigned);
        Step(Assign.Decide(item, new([Given.LeadUnit, Given.SecondLeadUnit], [Given.OtherUnit], null, "协办单位调整"), Given.KnownUnits, policy, coordinator, At(2, 26)),
            ProposalStatus.Assigned);
        Assert.Equal(D(5, 26), item.DueOn);
        Step(Acknowledge.Decide(item, lead, At(2, 26)), ProposalStatus.InProgress);
        Step(Acknowledge.Decide(item, second, At(2, 26)), ProposalStatus.InProgress);
        Step(Acknowledge.Decide(item, other, At(2, 27)), ProposalStatus.InProgress);
        Step(Contact.Decide(item, new(D(2, 27), ContactMethod.Meeting, "见面沟通"), lead, At(2, 27)), ProposalStatus.InProgress);
        Step(Contact.Decide(item, new(D(2, 28), ContactMethod.Phone, "电话沟通"), second, At(2, 28)), ProposalStatus.InProgress);
        Step(GiveOpinion.Decide(item, "建议统筹资金", other, At(3, 1)), ProposalStatus.InProgress);
        Step(Extend.Decide(item, D(6, 26), "需协调多部门", policy, coordinator, At(5, 10)), ProposalStatus.InProgress);

        var (reminder, overdue) = (DeadlineChecks.Plan(item, policy)[0], DeadlineChecks.Plan(item, policy)[1]);
        Assert.Equal(Given.ChinaTimeAt(2024, 6, 19, 0), reminder.FireAt);
        Step(DeadlineChecks.Decide(item, reminder, reminder.FireAt), ProposalStatus.InProgress);
        Then.NoEvents(DeadlineChecks.Decide(item, reminder, reminder.FireAt.AddMinutes(1)));

        Step(Reply.Decide(item, Answer("b", Design), policy, WorkingCalendar.WeekendsOnly, lead, At(6, 20)), ProposalStatus.InProgress);
        Step(Reply.Decide(item, Answer("c"), policy, WorkingCalendar.WeekendsOnly, second, At(6, 21)), ProposalStatus.Replied);
        Assert.Empty(DeadlineChecks.Plan(item, policy));
        Then.NoEvents(DeadlineChecks.Decide(item, overdue, overdue.FireAt));

        // Round 2: unsatisfied on Monday 24 June, due 24 July; both lead units contact the proposer and reply again.
        Step(Rate.Decide(item, new(Satisfaction.Satisfied, Satisfaction.Unsatisfied, "问题没有解决"), policy, WorkingCalendar.WeekendsOnly, proposer, At(6, 24)), ProposalStatus.Rehandling);
        Assert.Equal(2, item.Round);
        Assert.Equal(D(7, 24), item.DueOn);
        Then.StateForbids(Reply.Decide(item, Answer("a"), policy, WorkingCalendar.WeekendsOnly, lead, At(6, 25)));
        Step(Contact.Decide(item, new(D(6, 25), ContactMethod.Visit, "再次走访"), lead, At(6, 25)), ProposalStatus.Rehandling);
        Step(Contact.Decide(item, new(D(6, 25), ContactMethod.Visit, "再次走访"), second, At(6, 25)), ProposalStatus.Rehandling);
        Step(Reply.Decide(item, Answer("b", Design, Build), policy, WorkingCalendar.WeekendsOnly, lead, At(7, 1)), ProposalStatus.Rehandling);
        Step(Reply.Decide(item, Answer("a"), policy, WorkingCalendar.WeekendsOnly, second, At(7, 5)), ProposalStatus.Replied);

        // No rating: 20 working days after Friday 5 July end on Friday 2 August.
        Then.StateForbids(Close.Decide(item, null, policy, calendar, coordinator, At(8, 2, 23)));
        Step(Close.Decide(item, null, policy, calendar, coordinator, At(8, 5)), ProposalStatus.Closed);

        // Follow-up continues after closure.
        Step(ReportProgress.Decide(item, 1, "设计完成", true, lead, At(9, 20)), ProposalStatus.Closed);
        Then.StateForbids(ReportProgress.Decide(item, 1, "再次报告", false, lead, At(9, 21)));
        Step(ReportProgress.Decide(item, 2, "施工过半", false, lead, At(10, 15)), ProposalStatus.Closed);

        // The history, folded afresh, gives the same item.
        var folded = Given.Proposal([.. history]);
        Assert.Equal(ProposalStatus.Closed, folded.Status);
        Assert.Equal(7, folded.Number);
        Assert.Equal(2, folded.Round);
        Assert.Equal([Given.LeadUnit, Given.SecondLeadUnit], folded.LeadUnits);
        Assert.Equal([Given.OtherUnit], folded.CoUnits);
        Assert.Equal(D(2, 26), folded.AssignedOn);
        Assert.Equal(D(6, 24), folded.RoundStartedOn);
        Assert.Equal(D(7, 24), folded.DueOn);
        Assert.Equal(D(7, 5), folded.RepliedOn);
        Assert.Equal(D(6, 26), folded.RemindedFor);
        Assert.Null(folded.OverdueFor);
        Assert.Equal([true, false], folded.CommitmentsFulfilled[Given.LeadUnit]);
        Assert.Empty(folded.CommitmentsFulfilled[Given.SecondLeadUnit]);
        Assert.Equal(
            [
                typeof(ProposalSubmitted), typeof(ProposalRegistered),
                typeof(ProposalAssigned), typeof(ReassignmentRequested), typeof(ProposalAssigned),
                typeof(AssignmentAcknowledged), typeof(AssignmentAcknowledged), typeof(AssignmentAcknowledged),
                typeof(ProposerContacted), typeof(ProposerContacted), typeof(CoOrganizerOpinionGiven),
                typeof(DeadlineExtended), typeof(DeadlineReminderIssued), typeof(ReplyIssued), typeof(ReplyIssued),
                typeof(ReplyRated), typeof(RehandlingStarted), typeof(ProposerContacted), typeof(ProposerContacted),
                typeof(ReplyIssued), typeof(ReplyIssued), typeof(ProposalClosed),
                typeof(CommitmentProgressReported), typeof(CommitmentProgressReported),
            ],
            history.Select(e => e.GetType()));
    }
}
