using Proposals.Domain.Assignment;
using Proposals.Domain.Common;
using Proposals.Domain.Deadlines;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;
using Proposals.Domain.Ratings;
using Proposals.Domain.Replies;

namespace Proposals.Domain.Tests.Assignment;

public class AssignTests
{
    private static readonly Actor Coordinator = Given.Coordinator();
    private static readonly DateTimeOffset At = Given.HandlingNow;   // Tuesday 2024-02-20 10:00 UTC+8
    private static readonly Proposal RegisteredItem = Given.ItemIn(ProposalStatus.Registered);

    private static AssignProposal Command(string[]? leadUnits = null, string[]? coUnits = null, DateOnly? dueOn = null, string? reason = null) =>
        new(leadUnits ?? [Given.LeadUnit], coUnits ?? [Given.CoUnit], dueOn, reason);

    private static Decision When(Proposal proposal, AssignProposal command, Actor? by = null, DateTimeOffset? at = null, HandlingPolicy? policy = null) =>
        Assign.Decide(proposal, command, Given.KnownUnits, policy ?? HandlingPolicy.Default, by ?? Coordinator, at ?? At);

    private static ProposalAssigned Expected(
        string[] leadUnits, string[] coUnits, DateOnly assignedOn, DateOnly dueOn, DateOnly opinionDueOn, string? reason = null, DateTimeOffset? at = null) =>
        new(Given.ProposalId, leadUnits, coUnits, assignedOn, dueOn, opinionDueOn, reason, Coordinator, at ?? At);

    // ----- success -----

    [Fact]
    public void a_coordinator_assigns_a_registered_item_with_the_reply_due_in_three_months_and_opinions_in_one()
    {
        Then.EventsMatch(When(RegisteredItem, Command()),
            Expected([Given.LeadUnit], [Given.CoUnit], new(2024, 2, 20), new(2024, 5, 20), new(2024, 3, 20)));
    }

    [Fact]
    public void several_lead_units_handle_an_item_in_parallel_and_co_organizers_are_optional()
    {
        Then.EventsMatch(When(RegisteredItem, Command([Given.LeadUnit, Given.SecondLeadUnit], [])),
            Expected([Given.LeadUnit, Given.SecondLeadUnit], [], new(2024, 2, 20), new(2024, 5, 20), new(2024, 3, 20)));
    }

    [Fact]
    public void an_explicit_due_date_replaces_the_default_one()
    {
        Then.EventsMatch(When(RegisteredItem, Command(dueOn: new(2024, 4, 30))),
            Expected([Given.LeadUnit], [Given.CoUnit], new(2024, 2, 20), new(2024, 4, 30), new(2024, 3, 20)));
    }

    [Fact]
    public void the_opinion_due_date_never_falls_after_the_reply_due_date()
    {
        var assigned = Then.SingleEvent<ProposalAssigned>(When(RegisteredItem, Command(dueOn: new(2024, 3, 10))));

        Assert.Equal(new DateOnly(2024, 3, 10), assigned.DueOn);
        Assert.Equal(new DateOnly(2024, 3, 10), assigned.OpinionDueOn);
    }

    [Fact]
    public void the_policy_sets_how_many_months_the_reply_and_the_opinions_take()
    {
        var policy = HandlingPolicy.Default with { ReplyMonths = 4, OpinionDueMonths = 2 };

        var assigned = Then.SingleEvent<ProposalAssigned>(When(RegisteredItem, Command(), policy: policy));

        Assert.Equal(new DateOnly(2024, 6, 20), assigned.DueOn);
        Assert.Equal(new DateOnly(2024, 4, 20), assigned.OpinionDueOn);
    }

    [Fact]
    public void the_assignment_day_is_the_date_in_china()
    {
        // 16:30 UTC on 19 February is 00:30 on 20 February in China.
        var at = new DateTimeOffset(2024, 2, 19, 16, 30, 0, TimeSpan.Zero);

        Then.EventsMatch(When(RegisteredItem, Command(), at: at),
            Expected([Given.LeadUnit], [Given.CoUnit], new(2024, 2, 20), new(2024, 5, 20), new(2024, 3, 20), at: at));
    }

    [Fact]
    public void due_dates_at_a_month_end_fall_on_the_last_day_of_a_shorter_month()
    {
        var assigned = Then.SingleEvent<ProposalAssigned>(When(RegisteredItem, Command(), at: Given.ChinaTimeAt(2023, 11, 30)));

        Assert.Equal(new DateOnly(2023, 11, 30), assigned.AssignedOn);
        Assert.Equal(new DateOnly(2024, 2, 29), assigned.DueOn);
        Assert.Equal(new DateOnly(2023, 12, 30), assigned.OpinionDueOn);
    }

    [Fact]
    public void a_reason_given_on_the_first_assignment_is_kept_trimmed()
    {
        var assigned = Then.SingleEvent<ProposalAssigned>(When(RegisteredItem, Command(reason: "  涉及交通规划 \n")));

        Assert.Equal("涉及交通规划", assigned.Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void the_first_assignment_needs_no_reason_and_a_blank_one_is_recorded_as_absent(string? reason)
    {
        Assert.Null(Then.SingleEvent<ProposalAssigned>(When(RegisteredItem, Command(reason: reason))).Reason);
    }

    // ----- transfer -----

    [Theory]
    [InlineData(ProposalStatus.Assigned)]
    [InlineData(ProposalStatus.InProgress)]
    public void a_coordinator_transfers_an_item_still_awaiting_its_reply_with_a_reason(ProposalStatus status)
    {
        Then.EventsMatch(When(Given.ItemIn(status), Command([Given.SecondLeadUnit], [], reason: " 属于规划资源部门职责 ")),
            Expected([Given.SecondLeadUnit], [], new(2024, 2, 20), new(2024, 5, 20), new(2024, 3, 20), "属于规划资源部门职责"));
    }

    [Fact]
    public void a_transfer_during_rehandling_keeps_the_rehandling_term()
    {
        Then.EventsMatch(When(Given.ItemIn(ProposalStatus.Rehandling), Command([Given.SecondLeadUnit], [], reason: "属于规划资源部门职责")),
            Expected([Given.SecondLeadUnit], [], new(2024, 2, 20), new(2024, 3, 20), new(2024, 3, 20), "属于规划资源部门职责"));
    }

    [Theory]
    [InlineData(ProposalStatus.Assigned, null)]
    [InlineData(ProposalStatus.InProgress, "")]
    [InlineData(ProposalStatus.Rehandling, "   ")]
    public void a_transfer_needs_its_reason(ProposalStatus status, string? reason)
    {
        Then.InvalidField(When(Given.ItemIn(status), Command([Given.SecondLeadUnit], [], reason: reason)), "reason");
    }

    [Theory]
    [InlineData(2_000, true)]
    [InlineData(2_001, false)]
    public void the_reason_may_have_at_most_2000_characters(int length, bool accepted)
    {
        var decision = When(Given.ItemIn(ProposalStatus.Assigned), Command(reason: new string('由', length)));

        if (accepted) Assert.Equal(length, Then.SingleEvent<ProposalAssigned>(decision).Reason?.Length);
        else Then.InvalidField(decision, "reason");
    }

    // ----- who and when -----

    [Theory]
    [InlineData(Role.Proposer)]
    [InlineData(Role.Handler)]
    [InlineData(Role.Admin)]
    public void only_a_coordinator_may_assign(Role role)
    {
        Then.NotPermitted(When(RegisteredItem, Command(), Given.ActorIn(role)));
    }

    [Fact]
    public void the_role_is_checked_before_the_command()
    {
        Then.NotPermitted(When(RegisteredItem, Command([], ["无此单位"]), Given.Handler()));
    }

    [Theory]
    [InlineData(ProposalStatus.Submitted)]
    [InlineData(ProposalStatus.Declined)]
    [InlineData(ProposalStatus.Converted)]
    [InlineData(ProposalStatus.Merged)]
    [InlineData(ProposalStatus.Withdrawn)]
    [InlineData(ProposalStatus.Replied)]
    [InlineData(ProposalStatus.Closed)]
    public void only_a_registered_item_or_one_awaiting_its_reply_can_be_assigned(ProposalStatus status)
    {
        Then.StateForbids(When(Given.ItemIn(status), Command(reason: "调整承办单位")));
    }

    [Fact]
    public void the_state_is_checked_before_the_command()
    {
        Then.StateForbids(When(Given.ItemIn(ProposalStatus.Closed), Command([], ["无此单位"])));
    }

    // ----- fields -----

    [Fact]
    public void at_least_one_lead_unit_is_required()
    {
        Then.InvalidField(When(RegisteredItem, Command([], [Given.CoUnit])), "leadUnits");
    }

    [Fact]
    public void a_lead_unit_must_be_a_unit_of_the_jurisdiction()
    {
        Then.InvalidField(When(RegisteredItem, Command([Given.LeadUnit, "无此单位"])), "leadUnits");
    }

    [Fact]
    public void a_co_organizer_must_be_a_unit_of_the_jurisdiction()
    {
        Then.InvalidField(When(RegisteredItem, Command(coUnits: ["无此单位"])), "coUnits");
    }

    [Theory]
    [InlineData(new[] { Given.LeadUnit, Given.LeadUnit }, new string[0])]
    [InlineData(new[] { Given.LeadUnit }, new[] { Given.LeadUnit })]
    [InlineData(new[] { Given.LeadUnit }, new[] { Given.CoUnit, Given.CoUnit })]
    public void a_unit_may_be_named_only_once(string[] leadUnits, string[] coUnits)
    {
        Then.InvalidField(When(RegisteredItem, Command(leadUnits, coUnits)), "coUnits");
    }

    [Theory]
    [InlineData("2024-02-19", false)]   // yesterday
    [InlineData("2024-02-20", false)]   // today
    [InlineData("2024-02-21", true)]    // tomorrow
    [InlineData("2024-08-20", true)]    // six months ahead: the total cap
    [InlineData("2024-08-21", false)]   // a day beyond it
    public void an_explicit_due_date_falls_after_today_and_at_most_six_months_ahead(string dueOn, bool accepted)
    {
        var decision = When(RegisteredItem, Command(dueOn: Given.Day(dueOn)));

        if (accepted) Assert.Equal(Given.Day(dueOn), Then.SingleEvent<ProposalAssigned>(decision).DueOn);
        else Then.InvalidField(decision, "dueOn");
    }

    [Theory]
    [InlineData("2024-06-20", true)]
    [InlineData("2024-06-21", false)]
    public void the_policy_sets_how_far_ahead_the_due_date_may_be(string dueOn, bool accepted)
    {
        var policy = HandlingPolicy.Default with { TotalCapMonths = 4 };

        var decision = When(RegisteredItem, Command(dueOn: Given.Day(dueOn)), policy: policy);

        if (accepted) Then.SingleEvent<ProposalAssigned>(decision);
        else Then.InvalidField(decision, "dueOn");
    }

    [Fact]
    public void every_invalid_field_is_reported_at_once()
    {
        var fields = Then.InvalidFields(When(Given.ItemIn(ProposalStatus.Assigned), Command([], ["无此单位"], Given.HandlingToday)));

        Assert.Equal(["leadUnits", "coUnits", "dueOn", "reason"], fields);
    }

    // ----- evolving -----

    [Fact]
    public void an_assigned_item_starts_round_1_with_its_units_and_dates()
    {
        var item = Given.ItemIn(ProposalStatus.Assigned);

        Assert.Equal(ProposalStatus.Assigned, item.Status);
        Assert.Equal(1, item.Round);
        Assert.Equal([Given.LeadUnit], item.LeadUnits);
        Assert.Equal([Given.CoUnit], item.CoUnits);
        Assert.Equal(Given.AssignedDay, item.AssignedOn);
        Assert.Equal(Given.AssignedDay, item.RoundStartedOn);
        Assert.Equal(new DateOnly(2024, 5, 8), item.RoundFirstDueOn);
        Assert.Equal(new DateOnly(2024, 5, 8), item.DueOn);
        Assert.True(item.IsLeadUnit(Given.LeadUnit));
        Assert.True(item.IsCoUnit(Given.CoUnit));
        Assert.False(item.IsAssignedTo(Given.OtherUnit));
    }

    [Fact]
    public void a_transfer_clears_acknowledgements_and_requests_and_keeps_only_what_the_remaining_units_did()
    {
        var item = Given.Proposal(
            Given.Submitted(), Given.Registered(),
            Given.Assigned(leadUnits: [Given.LeadUnit, Given.SecondLeadUnit], coUnits: [Given.CoUnit, Given.OtherUnit]),
            Given.ReassignmentAsked(Given.SecondLeadUnit),
            Given.Acknowledged(Given.LeadUnit), Given.Acknowledged(Given.CoUnit),
            Given.Contacted(Given.LeadUnit), Given.Contacted(Given.SecondLeadUnit),
            Given.OpinionGiven(Given.CoUnit), Given.OpinionGiven(Given.OtherUnit),
            Given.Replied(Given.LeadUnit));

        // 市教委 moves from co-organizer to lead unit, 市规划资源局 from lead unit to co-organizer, 市财政局 leaves.
        var transferred = When(item, Command([Given.LeadUnit, Given.OtherUnit], [Given.SecondLeadUnit], reason: "调整承办和协办单位"));
        var after = Given.After(item, transferred);

        Assert.Equal(ProposalStatus.Assigned, after.Status);                  // from InProgress: the units acknowledge again
        Assert.Equal(1, after.Round);
        Assert.Equal([Given.LeadUnit, Given.OtherUnit], after.LeadUnits);
        Assert.Equal([Given.SecondLeadUnit], after.CoUnits);
        Assert.Equal(Given.HandlingToday, after.AssignedOn);
        Assert.Equal(Given.HandlingToday, after.RoundStartedOn);
        Assert.Equal(new DateOnly(2024, 5, 20), after.RoundFirstDueOn);
        Assert.Equal(new DateOnly(2024, 5, 20), after.DueOn);
        Assert.Empty(after.ReassignmentRequestedBy);
        Assert.Empty(after.AcknowledgedBy);
        Assert.True(after.ContactedBy.SetEquals([Given.LeadUnit, Given.SecondLeadUnit]));
        Assert.Empty(after.OpinionsFrom);                                     // neither co-unit that gave one is a co-unit now
        Assert.Equal([Given.LeadUnit], after.RepliedBy);                       // 市教委 has yet to reply
        Assert.Null(after.RepliedOn);
    }

    [Fact]
    public void a_transfer_during_rehandling_keeps_the_item_in_its_round()
    {
        var after = Given.After(Given.ItemIn(ProposalStatus.Rehandling),
            When(Given.ItemIn(ProposalStatus.Rehandling), Command([Given.SecondLeadUnit], [], reason: "调整承办单位")));

        Assert.Equal(ProposalStatus.Rehandling, after.Status);
        Assert.Equal(2, after.Round);
        Assert.Equal([Given.SecondLeadUnit], after.LeadUnits);
    }

    [Fact]
    public void a_transfer_dropping_the_only_lead_unit_yet_to_reply_leaves_the_item_replied_on_the_day_of_the_transfer()
    {
        // Lead units A and B; A replied on 19 February, B has not. The coordinator takes the item away from B.
        var item = Given.Proposal(
            Given.Submitted(), Given.Registered(),
            Given.Assigned(leadUnits: [Given.LeadUnit, Given.SecondLeadUnit]),
            Given.Contacted(Given.LeadUnit), Given.Replied(Given.LeadUnit));

        var after = Given.After(item, When(item, Command([Given.LeadUnit], [Given.CoUnit], reason: "市规划资源局不再承办")));

        Assert.Equal(ProposalStatus.Replied, after.Status);
        Assert.Equal(Given.HandlingToday, after.RepliedOn);
        Assert.Equal([Given.LeadUnit], after.RepliedBy);
        // Nothing is owed any more: the proposer may rate the reply.
        Then.StateForbids(Reply.Decide(after, new IssueReply("a", "答复内容", "李局长", DisclosureScope.Full, null, null, []),
            HandlingPolicy.Default, WorkingCalendar.WeekendsOnly, Given.HandlerOf(Given.LeadUnit), At));
        Assert.Empty(DeadlineChecks.Plan(after, HandlingPolicy.Default));
        Assert.IsType<ReplyRated>(Rate.Decide(after, new RateReply(Satisfaction.Satisfied, Satisfaction.Satisfied, null),
            HandlingPolicy.Default, WorkingCalendar.WeekendsOnly, Given.Proposer(), At).Events[0]);
    }

    [Fact]
    public void a_transfer_during_rehandling_to_lead_units_that_replied_again_leaves_the_item_replied()
    {
        var item = Given.ItemIn(ProposalStatus.Registered,
            Given.Assigned(leadUnits: [Given.LeadUnit, Given.SecondLeadUnit]),
            Given.Contacted(Given.LeadUnit), Given.Contacted(Given.SecondLeadUnit),
            Given.Replied(Given.LeadUnit), Given.Replied(Given.SecondLeadUnit),
            Given.Rated(Satisfaction.Unsatisfied), Given.RehandlingStarted(),
            Given.Contacted(Given.LeadUnit, Given.HandlingToday), Given.Replied(Given.LeadUnit, 2, Given.HandlingToday));

        var after = Given.After(item, When(item, Command([Given.LeadUnit], [], reason: "市规划资源局不再承办")));

        Assert.Equal(ProposalStatus.Replied, after.Status);
        Assert.Equal(2, after.Round);
    }
}
