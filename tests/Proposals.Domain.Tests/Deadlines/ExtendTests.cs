using Proposals.Domain.Common;
using Proposals.Domain.Deadlines;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Tests.Deadlines;

/// <summary>
/// The standard item is assigned on 8 February 2024 and due on 8 May. By default an extension may add
/// 3 months to the round's first due date and the due date may be 6 months after the round's start at
/// most: both caps fall on 8 August.
/// </summary>
public class ExtendTests
{
    private const string Reason = "涉及多部门协调，需延期答复";
    private static readonly Actor Coordinator = Given.Coordinator();
    private static readonly DateTimeOffset At = Given.HandlingNow;
    private static readonly Proposal InProgressItem = Given.ItemIn(ProposalStatus.InProgress);

    private static Decision When(Proposal proposal, string? dueOn, string? reason = Reason, Actor? by = null, HandlingPolicy? policy = null) =>
        Extend.Decide(proposal, dueOn is null ? null : Given.Day(dueOn), reason, policy ?? HandlingPolicy.Default, by ?? Coordinator, At);

    private static Proposal AssignedDue(string dueOn) =>
        Given.ItemIn(ProposalStatus.Registered, Given.Assigned(dueOn: Given.Day(dueOn)), Given.Acknowledged());

    [Fact]
    public void a_coordinator_moves_the_due_date_with_a_reason()
    {
        Then.Events(When(InProgressItem, "2024-06-30", "  " + Reason + " "),
            new DeadlineExtended(Given.ProposalId, new DateOnly(2024, 5, 8), new DateOnly(2024, 6, 30), Reason, Coordinator, At));
    }

    [Theory]
    [InlineData(ProposalStatus.Assigned)]
    [InlineData(ProposalStatus.InProgress)]
    public void an_item_awaiting_its_first_reply_can_be_extended(ProposalStatus status)
    {
        Then.SingleEvent<DeadlineExtended>(When(Given.ItemIn(status), "2024-06-30"));
    }

    [Fact]
    public void a_rehandled_item_is_extended_from_its_rehandling_due_date()
    {
        // Round 2 started on 20 February and is due on 20 March.
        Then.Events(When(Given.ItemIn(ProposalStatus.Rehandling), "2024-04-20"),
            new DeadlineExtended(Given.ProposalId, new DateOnly(2024, 3, 20), new DateOnly(2024, 4, 20), Reason, Coordinator, At));
    }

    // ----- caps -----

    [Theory]
    [InlineData("2024-08-08", true)]    // exactly at the cap
    [InlineData("2024-08-09", false)]   // a day beyond
    public void the_default_caps_end_three_months_after_the_first_due_date(string dueOn, bool accepted)
    {
        var decision = When(InProgressItem, dueOn);

        if (accepted) Assert.Equal(Given.Day(dueOn), Then.SingleEvent<DeadlineExtended>(decision).DueOn);
        else Then.StateForbids(decision);
    }

    [Theory]
    [InlineData("2024-06-08", true)]
    [InlineData("2024-06-09", false)]
    public void an_extension_adds_at_most_three_months_to_the_first_due_date(string dueOn, bool accepted)
    {
        // Due on 8 March: 3 more months end on 8 June, before the total cap of 8 August.
        var decision = When(AssignedDue("2024-03-08"), dueOn);

        if (accepted) Then.SingleEvent<DeadlineExtended>(decision);
        else Then.StateForbids(decision);
    }

    [Theory]
    [InlineData("2024-08-08", true)]
    [InlineData("2024-08-09", false)]
    public void the_due_date_stays_within_six_months_of_the_assignment(string dueOn, bool accepted)
    {
        // Due on 8 July: 3 more months would be 8 October, but 6 months after the assignment is 8 August.
        var decision = When(AssignedDue("2024-07-08"), dueOn);

        if (accepted) Then.SingleEvent<DeadlineExtended>(decision);
        else Then.StateForbids(decision);
    }

    [Theory]
    [InlineData("2024-08-08", true)]
    [InlineData("2024-08-09", false)]
    public void a_second_extension_is_capped_by_the_first_due_date_of_the_round(string dueOn, bool accepted)
    {
        var item = Given.ItemIn(ProposalStatus.InProgress, Given.Extended(new DateOnly(2024, 5, 8), new DateOnly(2024, 6, 30)));

        var decision = When(item, dueOn);

        if (accepted) Assert.Equal(new DateOnly(2024, 6, 30), Then.SingleEvent<DeadlineExtended>(decision).PreviousDueOn);
        else Then.StateForbids(decision);
    }

    [Theory]
    [InlineData("2024-06-20", true)]
    [InlineData("2024-06-21", false)]
    public void in_a_new_round_the_caps_count_from_the_rounds_start_and_first_due_date(string dueOn, bool accepted)
    {
        // Round 2: started 20 February, due 20 March; 3 more months end on 20 June (6 months after the start: 20 August).
        var decision = When(Given.ItemIn(ProposalStatus.Rehandling), dueOn);

        if (accepted) Then.SingleEvent<DeadlineExtended>(decision);
        else Then.StateForbids(decision);
    }

    [Fact]
    public void with_no_extension_months_no_extension_is_possible()
    {
        Then.StateForbids(When(InProgressItem, "2024-05-09", policy: HandlingPolicy.Default with { ExtensionCapMonths = 0 }));
    }

    [Theory]
    [InlineData(1, 6, "2024-06-08", true)]
    [InlineData(1, 6, "2024-06-09", false)]
    [InlineData(12, 4, "2024-06-08", true)]     // the total cap binds: 4 months after 8 February
    [InlineData(12, 4, "2024-06-09", false)]
    public void the_policy_sets_both_caps(int extensionCapMonths, int totalCapMonths, string dueOn, bool accepted)
    {
        var policy = HandlingPolicy.Default with { ExtensionCapMonths = extensionCapMonths, TotalCapMonths = totalCapMonths };

        var decision = When(InProgressItem, dueOn, policy: policy);

        if (accepted) Then.SingleEvent<DeadlineExtended>(decision);
        else Then.StateForbids(decision);
    }

    [Fact]
    public void the_cap_is_the_earlier_of_the_two()
    {
        Assert.Equal(new DateOnly(2024, 8, 8), Extend.Cap(InProgressItem, HandlingPolicy.Default));
        Assert.Equal(new DateOnly(2024, 6, 8), Extend.Cap(AssignedDue("2024-03-08"), HandlingPolicy.Default));
        Assert.Equal(new DateOnly(2024, 8, 8), Extend.Cap(AssignedDue("2024-07-08"), HandlingPolicy.Default));
        Assert.Equal(new DateOnly(2024, 6, 20), Extend.Cap(Given.ItemIn(ProposalStatus.Rehandling), HandlingPolicy.Default));
    }

    // ----- fields -----

    [Fact]
    public void the_new_due_date_is_required()
    {
        Then.InvalidField(When(InProgressItem, null), "dueOn");
    }

    [Theory]
    [InlineData("2024-05-08")]   // the current due date
    [InlineData("2024-05-07")]
    public void an_extension_moves_the_due_date_later(string dueOn)
    {
        Then.InvalidField(When(InProgressItem, dueOn), "dueOn");
    }

    [Fact]
    public void the_day_after_the_current_due_date_is_an_extension()
    {
        Assert.Equal(new DateOnly(2024, 5, 9), Then.SingleEvent<DeadlineExtended>(When(InProgressItem, "2024-05-09")).DueOn);
    }

    [Fact]
    public void after_an_extension_the_new_date_must_pass_the_extended_one()
    {
        var item = Given.ItemIn(ProposalStatus.InProgress, Given.Extended(new DateOnly(2024, 5, 8), new DateOnly(2024, 6, 30)));

        Then.InvalidField(When(item, "2024-06-30"), "dueOn");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void a_reason_is_required(string? reason)
    {
        Then.InvalidField(When(InProgressItem, "2024-06-30", reason), "reason");
    }

    [Theory]
    [InlineData(2_000, true)]
    [InlineData(2_001, false)]
    public void the_reason_may_have_at_most_2000_characters(int length, bool accepted)
    {
        var decision = When(InProgressItem, "2024-06-30", new string('由', length));

        if (accepted) Assert.Equal(length, Then.SingleEvent<DeadlineExtended>(decision).Reason.Length);
        else Then.InvalidField(decision, "reason");
    }

    [Fact]
    public void every_invalid_field_is_reported_at_once()
    {
        Assert.Equal(["dueOn", "reason"], Then.InvalidFields(When(InProgressItem, null, " ")));
    }

    [Fact]
    public void the_fields_are_checked_before_the_cap()
    {
        Then.InvalidField(When(InProgressItem, "2025-01-01", ""), "reason");
    }

    // ----- who and when -----

    [Theory]
    [InlineData(Role.Proposer)]
    [InlineData(Role.Handler)]
    [InlineData(Role.Admin)]
    public void only_a_coordinator_extends(Role role)
    {
        Then.NotPermitted(When(InProgressItem, "2024-06-30", by: Given.ActorIn(role)));
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
    public void only_an_item_awaiting_its_reply_is_extended(ProposalStatus status)
    {
        Then.StateForbids(When(Given.ItemIn(status), "2024-06-30"));
    }

    [Fact]
    public void the_state_is_checked_before_the_fields()
    {
        Then.StateForbids(When(Given.ItemIn(ProposalStatus.Closed), null, null));
    }

    // ----- evolving -----

    [Fact]
    public void an_extension_moves_the_due_date_but_not_the_rounds_first_due_date()
    {
        var item = Given.ItemIn(ProposalStatus.InProgress, Given.Extended(new DateOnly(2024, 5, 8), new DateOnly(2024, 6, 30)));

        Assert.Equal(ProposalStatus.InProgress, item.Status);
        Assert.Equal(new DateOnly(2024, 6, 30), item.DueOn);
        Assert.Equal(new DateOnly(2024, 5, 8), item.RoundFirstDueOn);
        Assert.Equal(Given.AssignedDay, item.RoundStartedOn);
    }
}
