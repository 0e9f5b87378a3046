using Proposals.Domain.Closure;
using Proposals.Domain.Common;
using Proposals.Domain.FollowUp;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;
using Proposals.Domain.Ratings;
using Proposals.Domain.Replies;

namespace Proposals.Domain.Tests.Replies;

/// <summary>分办: two lead units answer the same item; it is replied only when both have.</summary>
public class ParallelLeadUnitsTests
{
    private static readonly Actor First = Given.HandlerOf(Given.LeadUnit);
    private static readonly Actor Second = Given.HandlerOf(Given.SecondLeadUnit);
    private static readonly Commitment Promise = new("年内完成改造", new DateOnly(2024, 12, 31));

    /// <summary>Assigned to both on 8 February, both acknowledged and contacted the proposer.</summary>
    private static readonly Proposal BothContacted = Given.ItemIn(ProposalStatus.Registered,
        Given.Assigned(leadUnits: [Given.LeadUnit, Given.SecondLeadUnit]),
        Given.Acknowledged(Given.LeadUnit), Given.Acknowledged(Given.SecondLeadUnit), Given.Acknowledged(Given.CoUnit),
        Given.Contacted(Given.LeadUnit), Given.Contacted(Given.SecondLeadUnit));

    private static IssueReply Command(string category = "a", params Commitment[] commitments) =>
        new(category, "答复内容", "李局长", DisclosureScope.Full, null, null, commitments);

    private static Decision Replying(Proposal proposal, Actor by, DateTimeOffset at, IssueReply? command = null) =>
        Reply.Decide(proposal, command ?? Command(), HandlingPolicy.Default, WorkingCalendar.WeekendsOnly, by, at);

    [Fact]
    public void the_first_reply_leaves_the_item_awaiting_the_other_lead_unit()
    {
        var afterFirst = Given.After(BothContacted, Replying(BothContacted, First, Given.ChinaTimeAt(2024, 2, 19)));

        Assert.Equal(ProposalStatus.InProgress, afterFirst.Status);
        Assert.Null(afterFirst.RepliedOn);
        Assert.Equal([Given.LeadUnit], afterFirst.RepliedBy);
    }

    [Fact]
    public void the_other_lead_unit_still_replies_and_then_the_item_is_replied_on_the_day_of_the_last_reply()
    {
        var afterFirst = Given.After(BothContacted, Replying(BothContacted, First, Given.ChinaTimeAt(2024, 2, 19)));

        var second = Replying(afterFirst, Second, Given.HandlingNow);
        var afterBoth = Given.After(afterFirst, second);

        Assert.Equal(Given.SecondLeadUnit, Then.SingleEvent<ReplyIssued>(second).Unit);
        Assert.Equal(1, Then.SingleEvent<ReplyIssued>(second).Round);
        Assert.Equal(ProposalStatus.Replied, afterBoth.Status);
        Assert.Equal(Given.HandlingToday, afterBoth.RepliedOn);
        Assert.True(afterBoth.RepliedBy.SetEquals([Given.LeadUnit, Given.SecondLeadUnit]));
    }

    [Fact]
    public void the_order_of_the_replies_does_not_matter()
    {
        var afterSecond = Given.After(BothContacted, Replying(BothContacted, Second, Given.ChinaTimeAt(2024, 2, 19)));
        var afterBoth = Given.After(afterSecond, Replying(afterSecond, First, Given.HandlingNow));

        Assert.Equal(ProposalStatus.InProgress, afterSecond.Status);
        Assert.Equal(ProposalStatus.Replied, afterBoth.Status);
        Assert.Equal(Given.HandlingToday, afterBoth.RepliedOn);
    }

    [Fact]
    public void a_lead_unit_that_replied_cannot_reply_again_while_the_other_has_not()
    {
        var afterFirst = Given.After(BothContacted, Replying(BothContacted, First, Given.ChinaTimeAt(2024, 2, 19)));

        Then.StateForbids(Replying(afterFirst, First, Given.HandlingNow));
    }

    [Fact]
    public void each_lead_unit_needs_its_own_contact()
    {
        var onlyFirstContacted = Given.ItemIn(ProposalStatus.Registered,
            Given.Assigned(leadUnits: [Given.LeadUnit, Given.SecondLeadUnit]), Given.Contacted(Given.LeadUnit));

        Then.StateForbids(Replying(onlyFirstContacted, Second, Given.HandlingNow));
    }

    [Fact]
    public void until_every_lead_unit_replied_the_item_can_be_neither_rated_nor_closed()
    {
        var afterFirst = Given.After(BothContacted, Replying(BothContacted, First, Given.ChinaTimeAt(2024, 2, 19)));

        Then.StateForbids(Rate.Decide(afterFirst, new RateReply(Satisfaction.Satisfied, Satisfaction.Satisfied, null),
            HandlingPolicy.Default, Given.SpringFestival2024, Given.Proposer(), Given.HandlingNow));
        Then.StateForbids(Close.Decide(afterFirst, "代表已当面表示满意", HandlingPolicy.Default, Given.SpringFestival2024,
            Given.Coordinator(), Given.HandlingNow));
    }

    [Fact]
    public void each_lead_unit_follows_up_its_own_commitments()
    {
        var afterFirst = Given.After(BothContacted, Replying(BothContacted, First, Given.ChinaTimeAt(2024, 2, 19), Command("b", Promise, Promise)));
        var afterBoth = Given.After(afterFirst, Replying(afterFirst, Second, Given.HandlingNow, Command("a")));

        Assert.Equal([false, false], afterBoth.CommitmentsFulfilled[Given.LeadUnit]);
        Assert.Empty(afterBoth.CommitmentsFulfilled[Given.SecondLeadUnit]);
        Then.SingleEvent<CommitmentProgressReported>(ReportProgress.Decide(afterBoth, 2, "已完成", true, First, Given.HandlingNow));
        Then.NotFound(ReportProgress.Decide(afterBoth, 1, "已完成", true, Second, Given.HandlingNow));
    }

    [Fact]
    public void three_lead_units_make_the_item_replied_only_with_the_third_reply()
    {
        var item = Given.ItemIn(ProposalStatus.Registered,
            Given.Assigned(leadUnits: [Given.LeadUnit, Given.SecondLeadUnit, Given.OtherUnit], coUnits: []),
            Given.Contacted(Given.LeadUnit), Given.Contacted(Given.SecondLeadUnit), Given.Contacted(Given.OtherUnit),
            Given.Replied(Given.LeadUnit), Given.Replied(Given.OtherUnit));

        Assert.Equal(ProposalStatus.Assigned, item.Status);
        Assert.Null(item.RepliedOn);

        var replied = Given.After(item, Replying(item, Second, Given.HandlingNow));

        Assert.Equal(ProposalStatus.Replied, replied.Status);
        Assert.Equal(Given.HandlingToday, replied.RepliedOn);
    }
}
