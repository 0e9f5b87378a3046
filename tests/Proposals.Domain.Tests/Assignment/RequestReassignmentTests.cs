using Proposals.Domain.Assignment;
using Proposals.Domain.Common;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Tests.Assignment;

/// <summary>
/// The standard item is assigned on Thursday 8 February 2024. With the Spring Festival calendar its seven
/// working days are Fri 9, Sun 18 (worked), Mon 19 … Fri 23: the window closes on Friday 23 February.
/// </summary>
public class RequestReassignmentTests
{
    private const string Reason = "该事项属于规划资源部门职责";
    private static readonly Actor LeadHandler = Given.HandlerOf(Given.LeadUnit);
    private static readonly DateTimeOffset At = Given.HandlingNow;
    private static readonly Proposal AssignedItem = Given.ItemIn(ProposalStatus.Assigned);

    private static Decision When(
        Proposal proposal, string? reason = Reason, Actor? by = null, DateTimeOffset? at = null,
        WorkingCalendar? calendar = null, HandlingPolicy? policy = null) =>
        RequestReassignment.Decide(proposal, reason, policy ?? HandlingPolicy.Default, calendar ?? Given.SpringFestival2024, by ?? LeadHandler, at ?? At);

    [Fact]
    public void a_handler_of_the_lead_unit_asks_for_reassignment_with_a_reason()
    {
        Then.Events(When(AssignedItem, "  " + Reason + "\n"),
            new ReassignmentRequested(Given.ProposalId, Given.LeadUnit, Reason, LeadHandler, At));
    }

    [Fact]
    public void a_co_organizer_may_ask_as_well()
    {
        var coHandler = Given.HandlerOf(Given.CoUnit);

        Then.Events(When(AssignedItem, by: coHandler),
            new ReassignmentRequested(Given.ProposalId, Given.CoUnit, Reason, coHandler, At));
    }

    [Fact]
    public void an_acknowledged_item_may_still_be_objected_to()
    {
        Then.SingleEvent<ReassignmentRequested>(When(Given.ItemIn(ProposalStatus.InProgress)));
    }

    // ----- the window -----

    [Theory]
    [InlineData(2024, 2, 23, 23, 59, true)]    // the last working day of the window, late in the evening
    [InlineData(2024, 2, 24, 0, 0, false)]     // the day after
    [InlineData(2024, 3, 1, 10, 0, false)]
    public void the_window_is_seven_working_days_after_the_assignment(int year, int month, int day, int hour, int minute, bool accepted)
    {
        var decision = When(AssignedItem, at: Given.ChinaTimeAt(year, month, day, hour, minute));

        if (accepted) Then.SingleEvent<ReassignmentRequested>(decision);
        else Then.StateForbids(decision);
    }

    [Theory]
    [InlineData(15, 59, true)]    // 23:59 on the 23rd in China
    [InlineData(16, 0, false)]    // 00:00 on the 24th in China
    public void the_window_closes_at_midnight_in_china(int utcHour, int utcMinute, bool accepted)
    {
        var decision = When(AssignedItem, at: new DateTimeOffset(2024, 2, 23, utcHour, utcMinute, 0, TimeSpan.Zero));

        if (accepted) Then.SingleEvent<ReassignmentRequested>(decision);
        else Then.StateForbids(decision);
    }

    [Theory]
    [InlineData(18, true)]     // Sunday 18 February, worked: the 7th working day after Friday 2 February
    [InlineData(19, false)]
    public void worked_weekend_days_count_and_holidays_do_not(int day, bool accepted)
    {
        // From Friday 2 February: Sun 4 (worked), Mon 5 … Fri 9, then the holidays, then Sun 18 (worked).
        var item = Given.ItemIn(ProposalStatus.Registered, Given.Assigned(on: new DateOnly(2024, 2, 2)));

        var decision = When(item, at: Given.ChinaTimeAt(2024, 2, day));

        if (accepted) Then.SingleEvent<ReassignmentRequested>(decision);
        else Then.StateForbids(decision);
    }

    [Fact]
    public void the_jurisdiction_calendar_decides_which_days_count()
    {
        // Weekends only, the window after Friday 2 February closes on Tuesday 13 February.
        var item = Given.ItemIn(ProposalStatus.Registered, Given.Assigned(on: new DateOnly(2024, 2, 2)));

        Then.SingleEvent<ReassignmentRequested>(When(item, at: Given.ChinaTimeAt(2024, 2, 13), calendar: WorkingCalendar.WeekendsOnly));
        Then.StateForbids(When(item, at: Given.ChinaTimeAt(2024, 2, 14), calendar: WorkingCalendar.WeekendsOnly));
        Then.SingleEvent<ReassignmentRequested>(When(item, at: Given.ChinaTimeAt(2024, 2, 14)));
    }

    [Theory]
    [InlineData(9, true)]      // Friday 9 February: the one working day
    [InlineData(18, false)]    // Sunday 18 February (worked): the second
    public void the_policy_sets_the_length_of_the_window(int day, bool accepted)
    {
        var policy = HandlingPolicy.Default with { ReassignmentWindowWorkingDays = 1 };

        var decision = When(AssignedItem, at: Given.ChinaTimeAt(2024, 2, day), policy: policy);

        if (accepted) Then.SingleEvent<ReassignmentRequested>(decision);
        else Then.StateForbids(decision);
    }

    [Fact]
    public void a_transfer_opens_a_new_window_and_clears_earlier_requests()
    {
        // Assigned 2 February and objected to; transferred on Monday 19 February, the new window closes Wednesday 28 February.
        var item = Given.ItemIn(ProposalStatus.Registered,
            Given.Assigned(on: new DateOnly(2024, 2, 2)),
            Given.ReassignmentAsked(Given.LeadUnit, new DateOnly(2024, 2, 5)),
            Given.Assigned(on: new DateOnly(2024, 2, 19), leadUnits: [Given.LeadUnit, Given.SecondLeadUnit], reason: "增加主办单位"));

        Then.SingleEvent<ReassignmentRequested>(When(item, at: Given.ChinaTimeAt(2024, 2, 28)));
        Then.StateForbids(When(item, at: Given.ChinaTimeAt(2024, 2, 29)));
    }

    // ----- once per unit -----

    [Fact]
    public void a_unit_asks_only_once()
    {
        var item = Given.ItemIn(ProposalStatus.Assigned, Given.ReassignmentAsked(Given.LeadUnit));

        Then.StateForbids(When(item));
    }

    [Fact]
    public void another_unit_asking_does_not_stop_a_unit_from_asking()
    {
        var item = Given.ItemIn(ProposalStatus.Assigned, Given.ReassignmentAsked(Given.CoUnit));

        Then.SingleEvent<ReassignmentRequested>(When(item));
        Assert.Equal([Given.CoUnit], item.ReassignmentRequestedBy);
    }

    // ----- fields -----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void a_reason_is_required(string? reason)
    {
        Then.InvalidField(When(AssignedItem, reason), "reason");
    }

    [Theory]
    [InlineData(2_000, true)]
    [InlineData(2_001, false)]
    public void the_reason_may_have_at_most_2000_characters(int length, bool accepted)
    {
        var decision = When(AssignedItem, new string('由', length));

        if (accepted) Assert.Equal(length, Then.SingleEvent<ReassignmentRequested>(decision).Reason.Length);
        else Then.InvalidField(decision, "reason");
    }

    [Fact]
    public void the_reason_is_checked_before_the_state()
    {
        Then.InvalidField(When(Given.ItemIn(ProposalStatus.Closed), " "), "reason");
    }

    // ----- who -----

    [Theory]
    [InlineData(Role.Proposer)]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.Admin)]
    public void only_a_handler_may_ask(Role role)
    {
        Then.NotPermitted(When(AssignedItem, by: Given.ActorIn(role)));
    }

    [Theory]
    [InlineData(Given.OtherUnit)]
    [InlineData(null)]
    public void a_handler_asks_only_for_a_unit_the_item_is_assigned_to(string? unit)
    {
        Then.NotPermitted(When(AssignedItem, by: Given.HandlerOf(unit)));
    }

    [Theory]
    [InlineData(ProposalStatus.Submitted)]
    [InlineData(ProposalStatus.Registered)]
    [InlineData(ProposalStatus.Declined)]
    [InlineData(ProposalStatus.Converted)]
    [InlineData(ProposalStatus.Merged)]
    [InlineData(ProposalStatus.Withdrawn)]
    public void before_assignment_no_unit_has_the_item(ProposalStatus status)
    {
        Then.NotPermitted(When(Given.ItemIn(status)));
    }

    [Theory]
    [InlineData(ProposalStatus.Replied)]
    [InlineData(ProposalStatus.Closed)]
    public void reassignment_is_asked_for_only_while_the_item_awaits_its_reply(ProposalStatus status)
    {
        // Even within the window: the reply, the rating and the closure all fall on or before 20 February.
        Then.StateForbids(When(Given.ItemIn(status)));
    }

    // ----- evolving -----

    [Fact]
    public void a_request_records_the_unit_and_leaves_the_status()
    {
        var item = Given.ItemIn(ProposalStatus.InProgress, Given.ReassignmentAsked(Given.LeadUnit));

        Assert.Equal(ProposalStatus.InProgress, item.Status);
        Assert.Equal([Given.LeadUnit], item.ReassignmentRequestedBy);
        Assert.Equal([Given.LeadUnit], item.LeadUnits);
    }
}
