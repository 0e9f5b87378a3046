using Proposals.Domain.Common;
using Proposals.Domain.Deadlines;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Tests.Deadlines;

/// <summary>The standard item is due on Wednesday 8 May 2024.</summary>
public class DeadlineChecksTests
{
    private static readonly DateOnly DueOn = new(2024, 5, 8);
    private static readonly Proposal InProgressItem = Given.ItemIn(ProposalStatus.InProgress);

    private static readonly DateTimeOffset ReminderAt = new(2024, 5, 1, 0, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset OverdueAt = new(2024, 5, 9, 0, 0, 0, TimeSpan.FromHours(8));
    private static readonly DeadlineCheck Reminder = new(Given.ProposalId, DeadlineCheckKind.Reminder, 1, DueOn, ReminderAt);
    private static readonly DeadlineCheck Overdue = new(Given.ProposalId, DeadlineCheckKind.Overdue, 1, DueOn, OverdueAt);

    private static IReadOnlyList<DeadlineCheck> Plan(Proposal proposal, HandlingPolicy? policy = null) =>
        DeadlineChecks.Plan(proposal, policy ?? HandlingPolicy.Default);

    // ----- planning -----

    [Fact]
    public void an_item_awaiting_its_reply_gets_a_reminder_a_week_before_its_due_date_and_the_overdue_mark_the_day_after()
    {
        Assert.Equal([Reminder, Overdue], Plan(InProgressItem));
    }

    [Fact]
    public void the_checks_fire_at_midnight_in_china()
    {
        var (reminder, overdue) = (Plan(InProgressItem)[0], Plan(InProgressItem)[1]);

        Assert.Equal(new DateTimeOffset(2024, 4, 30, 16, 0, 0, TimeSpan.Zero), reminder.FireAt);
        Assert.Equal(TimeSpan.FromHours(8), reminder.FireAt.Offset);
        Assert.Equal(new DateTimeOffset(2024, 5, 8, 16, 0, 0, TimeSpan.Zero), overdue.FireAt);
    }

    [Theory]
    [InlineData(ProposalStatus.Assigned)]
    [InlineData(ProposalStatus.InProgress)]
    public void an_item_awaiting_its_first_reply_is_checked_in_round_1(ProposalStatus status)
    {
        Assert.Equal([Reminder, Overdue], Plan(Given.ItemIn(status)));
    }

    [Fact]
    public void a_rehandled_item_is_checked_for_its_round_and_its_new_due_date()
    {
        var due = new DateOnly(2024, 3, 20);

        Assert.Equal(
            [
                new DeadlineCheck(Given.ProposalId, DeadlineCheckKind.Reminder, 2, due, Given.ChinaTimeAt(2024, 3, 13, 0)),
                new DeadlineCheck(Given.ProposalId, DeadlineCheckKind.Overdue, 2, due, Given.ChinaTimeAt(2024, 3, 21, 0)),
            ],
            Plan(Given.ItemIn(ProposalStatus.Rehandling)));
    }

    [Fact]
    public void an_extended_item_is_checked_for_its_new_due_date()
    {
        var item = Given.ItemIn(ProposalStatus.InProgress, Given.Extended(DueOn, new DateOnly(2024, 6, 30)));

        Assert.Equal(
            [
                new DeadlineCheck(Given.ProposalId, DeadlineCheckKind.Reminder, 1, new(2024, 6, 30), Given.ChinaTimeAt(2024, 6, 23, 0)),
                new DeadlineCheck(Given.ProposalId, DeadlineCheckKind.Overdue, 1, new(2024, 6, 30), Given.ChinaTimeAt(2024, 7, 1, 0)),
            ],
            Plan(item));
    }

    [Fact]
    public void the_policy_sets_how_many_days_before_the_reminder_goes_out()
    {
        var checks = Plan(InProgressItem, HandlingPolicy.Default with { ReminderDaysBefore = 3 });

        Assert.Equal([Reminder with { FireAt = Given.ChinaTimeAt(2024, 5, 5, 0) }, Overdue], checks);
    }

    [Fact]
    public void with_no_days_before_there_is_no_reminder_only_the_overdue_mark()
    {
        Assert.Equal([Overdue], Plan(InProgressItem, HandlingPolicy.Default with { ReminderDaysBefore = 0 }));
    }

    [Theory]
    [InlineData(ProposalStatus.Submitted)]
    [InlineData(ProposalStatus.Registered)]
    [InlineData(ProposalStatus.Declined)]
    [InlineData(ProposalStatus.Converted)]
    [InlineData(ProposalStatus.Merged)]
    [InlineData(ProposalStatus.Withdrawn)]
    [InlineData(ProposalStatus.Replied)]
    [InlineData(ProposalStatus.Closed)]
    public void an_item_not_awaiting_a_reply_needs_no_checks(ProposalStatus status)
    {
        Assert.Empty(Plan(Given.ItemIn(status)));
    }

    // ----- deciding: the reminder -----

    [Fact]
    public void the_reminder_at_its_time_says_how_many_days_are_left()
    {
        Then.Events(DeadlineChecks.Decide(InProgressItem, Reminder, ReminderAt),
            new DeadlineReminderIssued(Given.ProposalId, DueOn, 7, Actor.System, ReminderAt));
    }

    [Theory]
    [InlineData(3, 10, 5)]     // Friday 3 May, 10:00: 5 days left
    [InlineData(8, 23, 0)]     // on the due date itself
    public void a_reminder_that_fires_late_counts_the_days_left_from_its_day_in_china(int day, int hour, int daysLeft)
    {
        var at = Given.ChinaTimeAt(2024, 5, day, hour);

        Then.Events(DeadlineChecks.Decide(InProgressItem, Reminder, at),
            new DeadlineReminderIssued(Given.ProposalId, DueOn, daysLeft, Actor.System, at));
    }

    [Fact]
    public void a_reminder_fired_early_does_nothing()
    {
        Then.NoEvents(DeadlineChecks.Decide(InProgressItem, Reminder, ReminderAt.AddTicks(-1)));
    }

    [Fact]
    public void a_reminder_goes_out_once()
    {
        var reminded = Given.ItemIn(ProposalStatus.InProgress, Given.Reminded(DueOn));

        Then.NoEvents(DeadlineChecks.Decide(reminded, Reminder, ReminderAt.AddHours(1)));
    }

    [Fact]
    public void after_an_extension_the_new_due_date_gets_its_own_reminder()
    {
        var newDue = new DateOnly(2024, 6, 30);
        var item = Given.ItemIn(ProposalStatus.InProgress, Given.Reminded(DueOn), Given.Extended(DueOn, newDue, new DateOnly(2024, 5, 2)));
        var check = Plan(item)[0];

        Then.NoEvents(DeadlineChecks.Decide(item, Reminder, ReminderAt.AddDays(2)));     // the old check is stale
        Then.Events(DeadlineChecks.Decide(item, check, check.FireAt),
            new DeadlineReminderIssued(Given.ProposalId, newDue, 7, Actor.System, check.FireAt));
    }

    // ----- deciding: the overdue mark -----

    [Fact]
    public void the_overdue_mark_at_its_time()
    {
        Then.Events(DeadlineChecks.Decide(InProgressItem, Overdue, OverdueAt),
            new ProposalOverdue(Given.ProposalId, DueOn, Actor.System, OverdueAt));
    }

    [Fact]
    public void the_overdue_mark_fired_late_still_acts()
    {
        var at = Given.ChinaTimeAt(2024, 5, 20);

        Then.Events(DeadlineChecks.Decide(InProgressItem, Overdue, at), new ProposalOverdue(Given.ProposalId, DueOn, Actor.System, at));
    }

    [Fact]
    public void the_overdue_mark_fired_on_the_due_date_itself_does_nothing()
    {
        Then.NoEvents(DeadlineChecks.Decide(InProgressItem, Overdue, Given.ChinaTimeAt(2024, 5, 8, 23, 59)));
    }

    [Fact]
    public void an_item_is_marked_overdue_once()
    {
        var overdue = Given.ItemIn(ProposalStatus.InProgress, Given.MarkedOverdue(DueOn));

        Then.NoEvents(DeadlineChecks.Decide(overdue, Overdue, OverdueAt.AddMinutes(5)));
    }

    [Fact]
    public void a_reminder_does_not_stand_in_for_the_overdue_mark()
    {
        var reminded = Given.ItemIn(ProposalStatus.InProgress, Given.Reminded(DueOn));

        Then.SingleEvent<ProposalOverdue>(DeadlineChecks.Decide(reminded, Overdue, OverdueAt));
    }

    [Fact]
    public void an_item_still_waiting_for_one_of_its_lead_units_becomes_overdue()
    {
        var item = Given.ItemIn(ProposalStatus.Registered,
            Given.Assigned(leadUnits: [Given.LeadUnit, Given.SecondLeadUnit]),
            Given.Acknowledged(Given.LeadUnit),
            Given.Contacted(Given.LeadUnit),
            Given.Replied(Given.LeadUnit));

        Then.SingleEvent<ProposalOverdue>(DeadlineChecks.Decide(item, Overdue, OverdueAt));
    }

    // ----- stale checks -----

    [Theory]
    [InlineData(ProposalStatus.Replied)]
    [InlineData(ProposalStatus.Closed)]
    public void a_check_for_an_answered_item_does_nothing(ProposalStatus status)
    {
        Then.NoEvents(DeadlineChecks.Decide(Given.ItemIn(status), Reminder, ReminderAt));
        Then.NoEvents(DeadlineChecks.Decide(Given.ItemIn(status), Overdue, OverdueAt));
    }

    [Fact]
    public void a_check_for_a_moved_due_date_does_nothing()
    {
        var item = Given.ItemIn(ProposalStatus.InProgress, Given.Extended(DueOn, new DateOnly(2024, 6, 30)));

        Then.NoEvents(DeadlineChecks.Decide(item, Reminder, ReminderAt));
        Then.NoEvents(DeadlineChecks.Decide(item, Overdue, OverdueAt));
    }

    [Fact]
    public void a_check_from_an_earlier_round_does_nothing()
    {
        var item = Given.ItemIn(ProposalStatus.Rehandling);
        var roundTwoOverdue = Plan(item)[1];

        Then.NoEvents(DeadlineChecks.Decide(item, roundTwoOverdue with { Round = 1 }, roundTwoOverdue.FireAt));
        Then.SingleEvent<ProposalOverdue>(DeadlineChecks.Decide(item, roundTwoOverdue, roundTwoOverdue.FireAt));
    }

    // ----- evolving -----

    [Fact]
    public void the_reminder_and_the_overdue_mark_are_remembered_for_their_due_date()
    {
        var item = Given.ItemIn(ProposalStatus.InProgress, Given.Reminded(DueOn), Given.MarkedOverdue(DueOn));

        Assert.Equal(ProposalStatus.InProgress, item.Status);
        Assert.Equal(DueOn, item.RemindedFor);
        Assert.Equal(DueOn, item.OverdueFor);
        Assert.Equal(DueOn, item.DueOn);
    }
}
