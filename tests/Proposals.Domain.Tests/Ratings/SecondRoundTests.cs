using Proposals.Domain.Assignment;
using Proposals.Domain.Common;
using Proposals.Domain.Deadlines;
using Proposals.Domain.Handling;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;
using Proposals.Domain.Ratings;
using Proposals.Domain.Replies;

namespace Proposals.Domain.Tests.Ratings;

/// <summary>
/// 再办理: two lead units and a co-organizer answered round 1 by 20 February 2024; the proposer rated the
/// result unsatisfied on 20 February. Round 2 is due on 20 March.
/// </summary>
public class SecondRoundTests
{
    private static readonly Actor First = Given.HandlerOf(Given.LeadUnit);
    private static readonly Actor Second = Given.HandlerOf(Given.SecondLeadUnit);
    private static readonly Actor Co = Given.HandlerOf(Given.CoUnit);
    private static readonly DateTimeOffset RatedAt = Given.HandlingNow;
    private static readonly DateTimeOffset Later = Given.ChinaTimeAt(2024, 3, 1);
    private static readonly HandlingPolicy Policy = HandlingPolicy.Default;

    private static readonly Proposal RoundOneReplied = Given.ItemIn(ProposalStatus.Registered,
        Given.Assigned(leadUnits: [Given.LeadUnit, Given.SecondLeadUnit]),
        Given.Acknowledged(Given.LeadUnit), Given.Acknowledged(Given.SecondLeadUnit), Given.Acknowledged(Given.CoUnit),
        Given.Contacted(Given.LeadUnit), Given.Contacted(Given.SecondLeadUnit),
        Given.OpinionGiven(Given.CoUnit),
        Given.Replied(Given.LeadUnit, on: new DateOnly(2024, 2, 16)), Given.Replied(Given.SecondLeadUnit));

    private static readonly Proposal RoundTwo = Given.After(RoundOneReplied,
        Rate.Decide(RoundOneReplied, new RateReply(Satisfaction.BasicallySatisfied, Satisfaction.Unsatisfied, "问题没有解决"), Policy, Given.SpringFestival2024, Given.Proposer(), RatedAt));

    private static readonly IssueReply Answer = new("a", "再次答复：已完成改造", "李局长", DisclosureScope.Full, null, null, []);
    private static readonly RecordContact Meeting = new(new DateOnly(2024, 2, 26), ContactMethod.Meeting, "再次见面沟通");

    [Fact]
    public void round_1_was_replied_by_both_lead_units()
    {
        Assert.Equal(ProposalStatus.Replied, RoundOneReplied.Status);
        Assert.Equal(new DateOnly(2024, 2, 19), RoundOneReplied.RepliedOn);
    }

    [Fact]
    public void the_item_awaits_new_replies_in_round_2()
    {
        Assert.Equal(ProposalStatus.Rehandling, RoundTwo.Status);
        Assert.Equal(2, RoundTwo.Round);
        Assert.Equal(new DateOnly(2024, 3, 20), RoundTwo.DueOn);
        Assert.Empty(RoundTwo.RepliedBy);
    }

    [Fact]
    public void the_lead_units_must_contact_the_proposer_again_before_replying()
    {
        Then.StateForbids(Reply.Decide(RoundTwo, Answer, Policy, WorkingCalendar.WeekendsOnly, First, Later));
        Then.StateForbids(Reply.Decide(RoundTwo, Answer, Policy, WorkingCalendar.WeekendsOnly, Second, Later));
    }

    [Fact]
    public void after_a_new_contact_each_lead_unit_replies_again_for_round_2()
    {
        var contacted = Given.After(RoundTwo, Contact.Decide(RoundTwo, Meeting, First, Later));

        var reply = Then.SingleEvent<ReplyIssued>(Reply.Decide(contacted, Answer, Policy, WorkingCalendar.WeekendsOnly, First, Later));

        Assert.Equal(2, reply.Round);
        Assert.Equal(new DateOnly(2024, 3, 1), reply.RepliedOn);
    }

    [Fact]
    public void the_item_is_replied_again_only_when_every_lead_unit_replied_in_round_2()
    {
        var item = RoundTwo;
        item = Given.After(item, Contact.Decide(item, Meeting, First, Later));
        item = Given.After(item, Contact.Decide(item, Meeting, Second, Later));
        item = Given.After(item, Reply.Decide(item, Answer, Policy, WorkingCalendar.WeekendsOnly, First, Later));

        Assert.Equal(ProposalStatus.Rehandling, item.Status);
        Assert.Null(item.RepliedOn);

        var at = Given.ChinaTimeAt(2024, 3, 5);
        item = Given.After(item, Reply.Decide(item, Answer, Policy, WorkingCalendar.WeekendsOnly, Second, at));

        Assert.Equal(ProposalStatus.Replied, item.Status);
        Assert.Equal(new DateOnly(2024, 3, 5), item.RepliedOn);
        Assert.Equal(2, item.Round);
    }

    [Fact]
    public void the_units_acknowledge_and_give_opinions_again()
    {
        Then.SingleEvent<AssignmentAcknowledged>(Acknowledge.Decide(RoundTwo, First, Later));
        Then.SingleEvent<AssignmentAcknowledged>(Acknowledge.Decide(RoundTwo, Co, Later));
        Assert.Equal(2, Then.SingleEvent<CoOrganizerOpinionGiven>(GiveOpinion.Decide(RoundTwo, "第二轮协办意见", Co, Later)).Round);
    }

    [Fact]
    public void in_round_2_the_window_for_objecting_still_counts_from_the_assignment()
    {
        Then.StateForbids(RequestReassignment.Decide(RoundTwo, "不属于本单位职责", Policy, Given.SpringFestival2024, First, Later));
    }

    [Fact]
    public void round_2_has_its_own_deadline_checks_and_caps()
    {
        var checks = DeadlineChecks.Plan(RoundTwo, Policy);

        Assert.All(checks, check => Assert.Equal(2, check.Round));
        Assert.All(checks, check => Assert.Equal(new DateOnly(2024, 3, 20), check.DueOn));
        Assert.Equal(new DateOnly(2024, 6, 20), Extend.Cap(RoundTwo, Policy));
    }

    [Fact]
    public void the_rating_of_round_2_carries_its_round_and_a_satisfied_one_closes_the_item()
    {
        var item = RoundTwo;
        item = Given.After(item, Contact.Decide(item, Meeting, First, Later));
        item = Given.After(item, Contact.Decide(item, Meeting, Second, Later));
        item = Given.After(item, Reply.Decide(item, Answer, Policy, WorkingCalendar.WeekendsOnly, First, Later));
        item = Given.After(item, Reply.Decide(item, Answer, Policy, WorkingCalendar.WeekendsOnly, Second, Later));
        var at = Given.ChinaTimeAt(2024, 3, 4);

        var rating = Rate.Decide(item, new RateReply(Satisfaction.Satisfied, Satisfaction.Satisfied, null), Policy, Given.SpringFestival2024, Given.Proposer(), at);

        Then.Events(rating,
            new ReplyRated(Given.ProposalId, 2, Satisfaction.Satisfied, Satisfaction.Satisfied, null, Given.Proposer(), at),
            new ProposalClosed(Given.ProposalId, "The proposer rated the result satisfactory.", Given.Proposer(), at));
        Assert.Equal(ProposalStatus.Closed, Given.After(item, rating).Status);
    }
}
