using Proposals.Domain.Common;
using Proposals.Domain.Handling;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Tests.Handling;

/// <summary>The standard item is assigned on 8 February 2024; "now" is 20 February.</summary>
public class ContactTests
{
    private const string Summary = "电话沟通办理思路";
    private static readonly Actor LeadHandler = Given.HandlerOf(Given.LeadUnit);
    private static readonly DateTimeOffset At = Given.HandlingNow;
    private static readonly Proposal InProgressItem = Given.ItemIn(ProposalStatus.InProgress);

    private static RecordContact Command(string? on = "2024-02-20", ContactMethod? method = ContactMethod.Phone, string? summary = Summary) =>
        new(on is null ? null : Given.Day(on), method, summary);

    private static Decision When(Proposal proposal, RecordContact? command = null, Actor? by = null, DateTimeOffset? at = null) =>
        Contact.Decide(proposal, command ?? Command(), by ?? LeadHandler, at ?? At);

    [Fact]
    public void a_lead_unit_records_how_it_met_the_proposer()
    {
        Then.Events(When(InProgressItem, Command("2024-02-19", ContactMethod.Visit, "  上门走访代表 \n")),
            new ProposerContacted(Given.ProposalId, Given.LeadUnit, new DateOnly(2024, 2, 19), ContactMethod.Visit, "上门走访代表", LeadHandler, At));
    }

    [Fact]
    public void a_co_organizer_records_contacts_too()
    {
        var coHandler = Given.HandlerOf(Given.CoUnit);

        Then.Events(When(InProgressItem, by: coHandler),
            new ProposerContacted(Given.ProposalId, Given.CoUnit, Given.HandlingToday, ContactMethod.Phone, Summary, coHandler, At));
    }

    [Theory]
    [InlineData(ContactMethod.Meeting)]
    [InlineData(ContactMethod.Phone)]
    [InlineData(ContactMethod.Visit)]
    [InlineData(ContactMethod.Letter)]
    [InlineData(ContactMethod.Online)]
    public void every_method_is_recorded(ContactMethod method)
    {
        Assert.Equal(method, Then.SingleEvent<ProposerContacted>(When(InProgressItem, Command(method: method))).Method);
    }

    [Fact]
    public void a_unit_may_record_several_contacts()
    {
        var item = Given.ItemIn(ProposalStatus.InProgress, Given.Contacted(Given.LeadUnit));

        Then.SingleEvent<ProposerContacted>(When(item));
    }

    [Theory]
    [InlineData(ProposalStatus.Assigned)]
    [InlineData(ProposalStatus.InProgress)]
    [InlineData(ProposalStatus.Replied)]
    [InlineData(ProposalStatus.Rehandling)]
    public void contacts_are_recorded_while_the_item_is_handled_and_after_its_reply(ProposalStatus status)
    {
        Then.SingleEvent<ProposerContacted>(When(Given.ItemIn(status)));
    }

    [Fact]
    public void no_contact_is_recorded_on_a_closed_item()
    {
        Then.StateForbids(When(Given.ItemIn(ProposalStatus.Closed)));
    }

    [Fact]
    public void the_fields_are_checked_before_the_state()
    {
        Then.InvalidField(When(Given.ItemIn(ProposalStatus.Closed), Command(summary: " ")), "summary");
    }

    // ----- the date -----

    [Theory]
    [InlineData("2024-02-07", false)]   // the day before the assignment
    [InlineData("2024-02-08", true)]    // the day of the assignment
    [InlineData("2024-02-20", true)]    // today
    [InlineData("2024-02-21", false)]   // tomorrow
    public void a_contact_falls_between_the_assignment_and_today(string on, bool accepted)
    {
        var decision = When(InProgressItem, Command(on));

        if (accepted) Assert.Equal(Given.Day(on), Then.SingleEvent<ProposerContacted>(decision).On);
        else Then.InvalidField(decision, "on");
    }

    [Theory]
    [InlineData("2024-02-20", true)]
    [InlineData("2024-02-21", false)]
    public void today_is_the_date_in_china(string on, bool accepted)
    {
        // 17:00 UTC on 19 February is 01:00 on 20 February in China.
        var decision = When(InProgressItem, Command(on), at: new DateTimeOffset(2024, 2, 19, 17, 0, 0, TimeSpan.Zero));

        if (accepted) Then.SingleEvent<ProposerContacted>(decision);
        else Then.InvalidField(decision, "on");
    }

    [Fact]
    public void the_date_is_required()
    {
        Then.InvalidField(When(InProgressItem, Command(on: null)), "on");
    }

    [Theory]
    [InlineData("2024-02-09", false)]   // the round-1 contact: it does not count again
    [InlineData("2024-02-19", false)]   // the day before round 2 started
    [InlineData("2024-02-20", true)]    // the day round 2 started
    public void a_contact_in_a_new_round_falls_within_that_round(string on, bool accepted)
    {
        var decision = When(Given.ItemIn(ProposalStatus.Rehandling), Command(on));

        if (accepted) Assert.Equal(Given.Day(on), Then.SingleEvent<ProposerContacted>(decision).On);
        else Then.InvalidField(decision, "on");
    }

    [Theory]
    [InlineData("2024-02-14", false)]
    [InlineData("2024-02-15", true)]
    public void after_a_transfer_a_contact_falls_on_or_after_the_transfer(string on, bool accepted)
    {
        var item = Given.ItemIn(ProposalStatus.InProgress,
            Given.Assigned(on: new DateOnly(2024, 2, 15), leadUnits: [Given.LeadUnit, Given.SecondLeadUnit], reason: "增加主办单位"));

        var decision = When(item, Command(on));

        if (accepted) Then.SingleEvent<ProposerContacted>(decision);
        else Then.InvalidField(decision, "on");
    }

    // ----- method and summary -----

    [Fact]
    public void the_method_is_required()
    {
        Then.InvalidField(When(InProgressItem, Command(method: null)), "method");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void a_summary_is_required(string? summary)
    {
        Then.InvalidField(When(InProgressItem, Command(summary: summary)), "summary");
    }

    [Theory]
    [InlineData(2_000, true)]
    [InlineData(2_001, false)]
    public void the_summary_may_have_at_most_2000_characters(int length, bool accepted)
    {
        var decision = When(InProgressItem, Command(summary: new string('谈', length)));

        if (accepted) Assert.Equal(length, Then.SingleEvent<ProposerContacted>(decision).Summary.Length);
        else Then.InvalidField(decision, "summary");
    }

    [Fact]
    public void every_invalid_field_is_reported_at_once()
    {
        Assert.Equal(["on", "method", "summary"], Then.InvalidFields(When(InProgressItem, Command("2024-02-21", null, ""))));
    }

    // ----- who -----

    [Theory]
    [InlineData(Role.Proposer)]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.Admin)]
    public void only_a_handler_records_contacts(Role role)
    {
        Then.NotPermitted(When(InProgressItem, by: Given.ActorIn(role)));
    }

    [Theory]
    [InlineData(Given.OtherUnit)]
    [InlineData(null)]
    public void a_handler_records_contacts_only_for_a_unit_the_item_is_assigned_to(string? unit)
    {
        Then.NotPermitted(When(InProgressItem, by: Given.HandlerOf(unit)));
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

    // ----- evolving -----

    [Fact]
    public void a_contact_records_the_unit_as_having_contacted_the_proposer()
    {
        var item = Given.ItemIn(ProposalStatus.Assigned, Given.Contacted(Given.CoUnit));

        Assert.Equal(ProposalStatus.Assigned, item.Status);
        Assert.Equal([Given.CoUnit], item.ContactedBy);
    }

    [Fact]
    public void a_new_round_forgets_the_earlier_contacts()
    {
        Assert.Empty(Given.ItemIn(ProposalStatus.Rehandling).ContactedBy);
    }
}
