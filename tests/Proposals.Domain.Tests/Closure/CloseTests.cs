using Proposals.Domain.Closure;
using Proposals.Domain.Common;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Tests.Closure;

/// <summary>
/// The item is replied on Wednesday 7 February 2024. With the Spring Festival calendar the proposer's
/// 20 working days end on Tuesday 12 March (Thu 8, Fri 9, Sun 18, then 17 more); counting weekends only,
/// they would end on Wednesday 6 March.
/// </summary>
public class CloseTests
{
    private const string WindowPassed = "The rating window passed without a rating.";
    private static readonly Actor Coordinator = Given.Coordinator();
    private static readonly DateTimeOffset AfterWindow = Given.ChinaTimeAt(2024, 3, 13, 9);

    private static readonly Proposal RepliedItem = Given.ItemIn(ProposalStatus.Registered,
        Given.Assigned(on: new DateOnly(2024, 2, 1)), Given.Acknowledged(on: new DateOnly(2024, 2, 1)),
        Given.Contacted(on: new DateOnly(2024, 2, 5)), Given.Replied(on: new DateOnly(2024, 2, 7)));

    private static Decision When(
        Proposal proposal, string? reason = null, DateTimeOffset? at = null, Actor? by = null,
        WorkingCalendar? calendar = null, HandlingPolicy? policy = null) =>
        Close.Decide(proposal, reason, policy ?? HandlingPolicy.Default, calendar ?? Given.SpringFestival2024, by ?? Coordinator, at ?? AfterWindow);

    [Fact]
    public void a_coordinator_closes_an_unrated_item_once_the_rating_window_has_passed()
    {
        Then.Events(When(RepliedItem), new ProposalClosed(Given.ProposalId, WindowPassed, Coordinator, AfterWindow));
    }

    [Fact]
    public void a_coordinator_closes_earlier_with_a_reason()
    {
        Then.Events(When(RepliedItem, "  代表已当面表示满意 \n", Given.HandlingNow),
            new ProposalClosed(Given.ProposalId, "代表已当面表示满意", Coordinator, Given.HandlingNow));
    }

    [Fact]
    public void a_reason_given_after_the_window_is_recorded_too()
    {
        Assert.Equal("多次联系代表未果", Then.SingleEvent<ProposalClosed>(When(RepliedItem, "多次联系代表未果")).Reason);
    }

    // ----- the window -----

    [Theory]
    [InlineData(2024, 3, 12, 23, 59, false)]   // the last day of the window: the proposer may still rate
    [InlineData(2024, 3, 13, 0, 0, true)]      // the day after
    [InlineData(2024, 2, 20, 10, 0, false)]
    public void without_a_reason_the_item_is_closed_only_after_20_working_days(int year, int month, int day, int hour, int minute, bool accepted)
    {
        var decision = When(RepliedItem, at: Given.ChinaTimeAt(year, month, day, hour, minute));

        if (accepted) Assert.Equal(WindowPassed, Then.SingleEvent<ProposalClosed>(decision).Reason);
        else Then.StateForbids(decision);
    }

    [Theory]
    [InlineData(15, 59, false)]   // 23:59 on 12 March in China
    [InlineData(16, 0, true)]     // 00:00 on 13 March in China
    public void the_window_ends_at_midnight_in_china(int utcHour, int utcMinute, bool accepted)
    {
        var decision = When(RepliedItem, at: new DateTimeOffset(2024, 3, 12, utcHour, utcMinute, 0, TimeSpan.Zero));

        if (accepted) Then.SingleEvent<ProposalClosed>(decision);
        else Then.StateForbids(decision);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void a_blank_reason_is_no_reason(string? reason)
    {
        Then.StateForbids(When(RepliedItem, reason, Given.ChinaTimeAt(2024, 3, 12)));
    }

    [Fact]
    public void the_jurisdiction_calendar_decides_which_days_count()
    {
        var on7March = Given.ChinaTimeAt(2024, 3, 7);

        Then.SingleEvent<ProposalClosed>(When(RepliedItem, at: on7March, calendar: WorkingCalendar.WeekendsOnly));
        Then.StateForbids(When(RepliedItem, at: Given.ChinaTimeAt(2024, 3, 6, 23, 59), calendar: WorkingCalendar.WeekendsOnly));
        Then.StateForbids(When(RepliedItem, at: on7March));
    }

    [Theory]
    [InlineData(8, false)]    // Thursday 8 February: the one working day
    [InlineData(9, true)]
    public void the_policy_sets_the_length_of_the_window(int day, bool accepted)
    {
        var decision = When(RepliedItem, at: Given.ChinaTimeAt(2024, 2, day), policy: HandlingPolicy.Default with { RatingWindowWorkingDays = 1 });

        if (accepted) Then.SingleEvent<ProposalClosed>(decision);
        else Then.StateForbids(decision);
    }

    [Fact]
    public void with_parallel_lead_units_the_window_counts_from_the_last_reply()
    {
        // Replied on 1 and 7 February: counted from 1 February, the 20 working days would end on 5 March.
        var item = Given.ItemIn(ProposalStatus.Registered,
            Given.Assigned(on: new DateOnly(2024, 1, 25), leadUnits: [Given.LeadUnit, Given.SecondLeadUnit]),
            Given.Contacted(Given.LeadUnit, new DateOnly(2024, 1, 26)), Given.Contacted(Given.SecondLeadUnit, new DateOnly(2024, 1, 26)),
            Given.Replied(Given.LeadUnit, on: new DateOnly(2024, 2, 1)), Given.Replied(Given.SecondLeadUnit, on: new DateOnly(2024, 2, 7)));

        Then.StateForbids(When(item, at: Given.ChinaTimeAt(2024, 3, 12)));
        Then.SingleEvent<ProposalClosed>(When(item, at: Given.ChinaTimeAt(2024, 3, 13)));
    }

    [Fact]
    public void in_a_later_round_the_window_counts_from_that_rounds_reply()
    {
        // Round 2 began on 20 February and was replied on 1 March: 20 working days end on 29 March.
        var item = Given.ItemIn(ProposalStatus.Rehandling,
            Given.Contacted(on: new DateOnly(2024, 2, 26)), Given.Replied(round: 2, on: new DateOnly(2024, 3, 1)));

        Then.StateForbids(When(item, at: Given.ChinaTimeAt(2024, 3, 29)));
        Then.SingleEvent<ProposalClosed>(When(item, at: Given.ChinaTimeAt(2024, 4, 1)));
    }

    // ----- fields -----

    [Theory]
    [InlineData(2_000, true)]
    [InlineData(2_001, false)]
    public void the_reason_may_have_at_most_2000_characters(int length, bool accepted)
    {
        var decision = When(RepliedItem, new string('由', length), Given.HandlingNow);

        if (accepted) Assert.Equal(length, Then.SingleEvent<ProposalClosed>(decision).Reason?.Length);
        else Then.InvalidField(decision, "reason");
    }

    [Fact]
    public void the_reason_is_checked_before_the_state()
    {
        Then.InvalidField(When(Given.ItemIn(ProposalStatus.Closed), new string('由', 2_001)), "reason");
    }

    // ----- who and when -----

    [Theory]
    [InlineData(Role.Proposer)]
    [InlineData(Role.Handler)]
    [InlineData(Role.Admin)]
    public void only_a_coordinator_closes(Role role)
    {
        Then.NotPermitted(When(RepliedItem, by: Given.ActorIn(role)));
    }

    [Theory]
    [InlineData(ProposalStatus.Submitted)]
    [InlineData(ProposalStatus.Registered)]
    [InlineData(ProposalStatus.Declined)]
    [InlineData(ProposalStatus.Converted)]
    [InlineData(ProposalStatus.Merged)]
    [InlineData(ProposalStatus.Withdrawn)]
    [InlineData(ProposalStatus.Assigned)]
    [InlineData(ProposalStatus.InProgress)]
    [InlineData(ProposalStatus.Rehandling)]
    [InlineData(ProposalStatus.Closed)]
    public void only_a_replied_item_is_closed(ProposalStatus status)
    {
        Then.StateForbids(When(Given.ItemIn(status), "办结理由"));
    }

    // ----- evolving -----

    [Fact]
    public void a_closed_item_is_closed()
    {
        var item = Given.After(RepliedItem, When(RepliedItem));

        Assert.Equal(ProposalStatus.Closed, item.Status);
        Assert.Equal(new DateOnly(2024, 2, 7), item.RepliedOn);
    }
}
