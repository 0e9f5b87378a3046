using Proposals.Domain.Common;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;
using Proposals.Domain.Replies;

namespace Proposals.Domain.Tests.Replies;

/// <summary>The standard item in progress, after its lead unit contacted the proposer; "now" is 20 February 2024.</summary>
public class ReplyTests
{
    private static readonly Actor LeadHandler = Given.HandlerOf(Given.LeadUnit);
    private static readonly DateTimeOffset At = Given.HandlingNow;
    private static readonly Proposal ContactedItem = Given.ItemIn(ProposalStatus.InProgress, Given.Contacted());
    private static readonly Commitment YearEnd = new("年内完成无障碍电梯改造", new DateOnly(2024, 12, 31));

    private static IssueReply Command(
        string? category = "a", string? content = "经研究，已将该站纳入改造计划。", string? signedBy = "李局长",
        DisclosureScope? scope = DisclosureScope.Full, string? summary = null, string? noDisclosureReason = null,
        params Commitment[] commitments) =>
        new(category, content, signedBy, scope, summary, noDisclosureReason, commitments);

    private static Decision When(
        Proposal proposal, IssueReply? command = null, Actor? by = null, DateTimeOffset? at = null, HandlingPolicy? policy = null, WorkingCalendar? calendar = null) =>
        Reply.Decide(proposal, command ?? Command(), policy ?? HandlingPolicy.Default, calendar ?? WorkingCalendar.WeekendsOnly, by ?? LeadHandler, at ?? At);

    private static ReplyIssued Expected(
        string category = "a", string content = "经研究，已将该站纳入改造计划。", string signedBy = "李局长", ReplyDisclosure? disclosure = null,
        Commitment[]? commitments = null, int round = 1) =>
        new(Given.ProposalId, Given.LeadUnit, round, category, content, signedBy, disclosure ?? new ReplyDisclosure(DisclosureScope.Full, null, null),
            commitments ?? [], Given.HandlingToday, LeadHandler, At, PublishOn: Given.HandlingToday);

    // ----- success -----

    [Fact]
    public void a_lead_unit_that_contacted_the_proposer_replies()
    {
        Then.EventsMatch(When(ContactedItem), Expected());
    }

    [Fact]
    public void a_b_answer_carries_its_commitments_and_the_text_is_trimmed()
    {
        var command = Command(" B ", "  正在推进 \n", " 李局长 ", DisclosureScope.Summary, "  摘要 ", null,
            YearEnd with { Description = "  年内完成无障碍电梯改造 " });

        Then.EventsMatch(When(ContactedItem, command),
            Expected("b", "正在推进", "李局长", new ReplyDisclosure(DisclosureScope.Summary, "摘要", null), [YearEnd]));
    }

    [Fact]
    public void the_reply_may_be_published_after_the_policys_delay_in_working_days_of_the_jurisdictions_calendar()
    {
        var delayed = HandlingPolicy.Default with { PublicationDelayWorkingDays = 5 };
        var holiday = new WorkingCalendar([new DateOnly(2024, 2, 26)], []);

        Assert.Equal(new DateOnly(2024, 2, 27), Then.SingleEvent<ReplyIssued>(When(ContactedItem, policy: delayed)).PublishOn);
        Assert.Equal(new DateOnly(2024, 2, 28), Then.SingleEvent<ReplyIssued>(When(ContactedItem, policy: delayed, calendar: holiday)).PublishOn);
        Assert.Equal(Given.HandlingToday, Then.SingleEvent<ReplyIssued>(When(ContactedItem)).PublishOn);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("A")]
    [InlineData(" c ")]
    [InlineData("d")]
    public void the_category_is_one_of_the_catalogue_ignoring_case_and_is_recorded_by_its_code(string category)
    {
        Assert.Equal(category.Trim().ToLowerInvariant(), Then.SingleEvent<ReplyIssued>(When(ContactedItem, Command(category))).Category);
    }

    [Fact]
    public void a_reply_that_is_not_disclosed_records_why()
    {
        var reply = Then.SingleEvent<ReplyIssued>(When(ContactedItem, Command(scope: DisclosureScope.None, noDisclosureReason: " 涉及安全事项 ")));

        Assert.Equal(new ReplyDisclosure(DisclosureScope.None, null, "涉及安全事项"), reply.Disclosure);
    }

    [Fact]
    public void blank_disclosure_texts_are_recorded_as_absent()
    {
        var reply = Then.SingleEvent<ReplyIssued>(When(ContactedItem, Command(summary: "  ", noDisclosureReason: "")));

        Assert.Equal(new ReplyDisclosure(DisclosureScope.Full, null, null), reply.Disclosure);
    }

    [Fact]
    public void answers_of_other_categories_may_carry_commitments_too()
    {
        var reply = Then.SingleEvent<ReplyIssued>(When(ContactedItem, Command("c", commitments: YearEnd)));

        Assert.Equal([YearEnd], reply.Commitments);
    }

    [Fact]
    public void a_reply_may_come_before_the_unit_acknowledges()
    {
        Then.SingleEvent<ReplyIssued>(When(Given.ItemIn(ProposalStatus.Assigned, Given.Contacted())));
    }

    [Fact]
    public void the_reply_date_is_the_date_in_china()
    {
        var at = new DateTimeOffset(2024, 2, 19, 16, 30, 0, TimeSpan.Zero);   // 00:30 on 20 February in China

        Assert.Equal(new DateOnly(2024, 2, 20), Then.SingleEvent<ReplyIssued>(When(ContactedItem, at: at)).RepliedOn);
    }

    // ----- category and commitments -----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("a类")]
    public void the_category_must_be_in_the_catalogue(string? category)
    {
        Then.InvalidField(When(ContactedItem, Command(category)), "category");
    }

    [Fact]
    public void the_jurisdiction_sets_the_catalogue()
    {
        var policy = HandlingPolicy.Default with { Categories = [new("x1", "X1类：已解决", false), new("x2", "X2类：计划解决", true)] };

        Assert.Equal("x1", Then.SingleEvent<ReplyIssued>(When(ContactedItem, Command("X1"), policy: policy)).Category);
        Then.InvalidField(When(ContactedItem, Command("a"), policy: policy), "category");
        Then.InvalidField(When(ContactedItem, Command("x2"), policy: policy), "commitments");
    }

    [Theory]
    [InlineData("b")]
    [InlineData("B")]
    public void a_b_answer_needs_at_least_one_commitment(string category)
    {
        Then.InvalidField(When(ContactedItem, Command(category)), "commitments");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void a_commitment_says_what_is_promised(string? description)
    {
        Then.InvalidField(When(ContactedItem, Command("b", commitments: new Commitment(description!, YearEnd.DueOn))), "commitments[0].description");
    }

    [Theory]
    [InlineData(1_000, true)]
    [InlineData(1_001, false)]
    public void a_commitment_may_have_at_most_1000_characters(int length, bool accepted)
    {
        var decision = When(ContactedItem, Command("b", commitments: [YearEnd, new Commitment(new string('诺', length), YearEnd.DueOn)]));

        if (accepted) Assert.Equal(length, Then.SingleEvent<ReplyIssued>(decision).Commitments[1].Description.Length);
        else Then.InvalidField(decision, "commitments[1].description");
    }

    [Theory]
    [InlineData("2024-02-19", false)]   // yesterday
    [InlineData("2024-02-20", true)]    // today
    public void a_commitment_cannot_be_due_in_the_past(string dueOn, bool accepted)
    {
        var decision = When(ContactedItem, Command("b", commitments: YearEnd with { DueOn = Given.Day(dueOn) }));

        if (accepted) Then.SingleEvent<ReplyIssued>(decision);
        else Then.InvalidField(decision, "commitments[0].dueOn");
    }

    // ----- content, signature, disclosure -----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void the_reply_needs_content(string? content)
    {
        Then.InvalidField(When(ContactedItem, Command(content: content)), "content");
    }

    [Theory]
    [InlineData(50_000, true)]
    [InlineData(50_001, false)]
    public void the_content_may_have_at_most_50000_characters(int length, bool accepted)
    {
        var decision = When(ContactedItem, Command(content: new string('答', length)));

        if (accepted) Assert.Equal(length, Then.SingleEvent<ReplyIssued>(decision).Content.Length);
        else Then.InvalidField(decision, "content");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void the_reply_is_signed_off_by_a_leader(string? signedBy)
    {
        Then.InvalidField(When(ContactedItem, Command(signedBy: signedBy)), "signedBy");
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void the_signatory_may_have_at_most_100_characters(int length, bool accepted)
    {
        var decision = When(ContactedItem, Command(signedBy: new string('签', length)));

        if (accepted) Assert.Equal(length, Then.SingleEvent<ReplyIssued>(decision).SignedBy.Length);
        else Then.InvalidField(decision, "signedBy");
    }

    [Fact]
    public void the_disclosure_scope_is_required()
    {
        Then.InvalidField(When(ContactedItem, Command(scope: null)), "disclosure.scope");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void a_summary_disclosure_needs_the_summary(string? summary)
    {
        Then.InvalidField(When(ContactedItem, Command(scope: DisclosureScope.Summary, summary: summary)), "disclosure.summary");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void a_reply_not_disclosed_needs_the_reason(string? reason)
    {
        Then.InvalidField(When(ContactedItem, Command(scope: DisclosureScope.None, noDisclosureReason: reason)), "disclosure.reason");
    }

    [Theory]
    [InlineData(5_000, true)]
    [InlineData(5_001, false)]
    public void the_summary_may_have_at_most_5000_characters(int length, bool accepted)
    {
        var decision = When(ContactedItem, Command(scope: DisclosureScope.Summary, summary: new string('摘', length)));

        if (accepted) Assert.Equal(length, Then.SingleEvent<ReplyIssued>(decision).Disclosure.Summary?.Length);
        else Then.InvalidField(decision, "disclosure.summary");
    }

    [Theory]
    [InlineData(2_000, true)]
    [InlineData(2_001, false)]
    public void the_reason_for_not_disclosing_may_have_at_most_2000_characters(int length, bool accepted)
    {
        var decision = When(ContactedItem, Command(scope: DisclosureScope.None, noDisclosureReason: new string('由', length)));

        if (accepted) Assert.Equal(length, Then.SingleEvent<ReplyIssued>(decision).Disclosure.Reason?.Length);
        else Then.InvalidField(decision, "disclosure.reason");
    }

    [Fact]
    public void every_invalid_field_is_reported_at_once()
    {
        var command = Command("b", "", " ", DisclosureScope.Summary, null, new string('由', 2_001),
            new Commitment("", new DateOnly(2024, 2, 19)));

        Assert.Equal(
            ["category", "content", "signedBy", "disclosure.summary", "disclosure.reason", "commitments[0].description", "commitments[0].dueOn"],
            Then.InvalidFields(When(ContactedItem, command with { Category = "z" })));
        Assert.Equal(
            ["content", "signedBy", "disclosure.summary", "disclosure.reason", "commitments[0].description", "commitments[0].dueOn"],
            Then.InvalidFields(When(ContactedItem, command)));
        Assert.Equal(
            ["commitments"],
            Then.InvalidFields(When(ContactedItem, Command("b"))));
    }

    // ----- who -----

    [Fact]
    public void a_co_organizer_gives_an_opinion_rather_than_replying()
    {
        var item = Given.ItemIn(ProposalStatus.InProgress, Given.Contacted(Given.CoUnit));

        Then.NotPermitted(When(item, by: Given.HandlerOf(Given.CoUnit)));
    }

    [Theory]
    [InlineData(Role.Proposer)]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.Admin)]
    public void only_a_handler_replies(Role role)
    {
        Then.NotPermitted(When(ContactedItem, by: Given.ActorIn(role)));
    }

    [Theory]
    [InlineData(Given.OtherUnit)]
    [InlineData(Given.SecondLeadUnit)]
    [InlineData(null)]
    public void a_handler_replies_only_for_a_lead_unit_of_the_item(string? unit)
    {
        Then.NotPermitted(When(ContactedItem, by: Given.HandlerOf(unit)));
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

    [Fact]
    public void permission_is_checked_before_the_fields()
    {
        Then.NotPermitted(When(ContactedItem, Command(category: null, content: null), Given.HandlerOf(Given.CoUnit)));
    }

    // ----- state -----

    [Theory]
    [InlineData(ProposalStatus.Replied)]
    [InlineData(ProposalStatus.Closed)]
    public void an_item_is_replied_to_only_while_it_awaits_its_reply(ProposalStatus status)
    {
        Then.StateForbids(When(Given.ItemIn(status)));
    }

    [Fact]
    public void the_fields_are_checked_before_the_state()
    {
        Then.InvalidField(When(Given.ItemIn(ProposalStatus.Closed), Command(content: "")), "content");
    }

    [Fact]
    public void a_lead_unit_replies_once_per_round()
    {
        var item = Given.ItemIn(ProposalStatus.Registered,
            Given.Assigned(leadUnits: [Given.LeadUnit, Given.SecondLeadUnit]), Given.Contacted(), Given.Replied());

        Assert.Equal(ProposalStatus.Assigned, item.Status);
        Then.StateForbids(When(item));
    }

    [Fact]
    public void the_unit_must_have_contacted_the_proposer_first()
    {
        Then.StateForbids(When(Given.ItemIn(ProposalStatus.InProgress)));
    }

    [Fact]
    public void a_co_organizers_contact_does_not_count_for_the_lead_unit()
    {
        Then.StateForbids(When(Given.ItemIn(ProposalStatus.InProgress, Given.Contacted(Given.CoUnit))));
    }

    [Fact]
    public void a_jurisdiction_may_let_units_reply_without_a_contact()
    {
        var policy = HandlingPolicy.Default with { ContactRequiredBeforeReply = false };

        Then.EventsMatch(When(Given.ItemIn(ProposalStatus.InProgress), policy: policy), Expected());
    }

    [Fact]
    public void in_a_new_round_the_contact_of_the_earlier_round_does_not_count()
    {
        var rehandling = Given.ItemIn(ProposalStatus.Rehandling);

        Then.StateForbids(When(rehandling));
        Then.EventsMatch(When(rehandling.Evolve(Given.Contacted(on: Given.HandlingToday))), Expected(round: 2));
    }

    // ----- evolving -----

    [Fact]
    public void the_reply_of_the_only_lead_unit_makes_the_item_replied()
    {
        var item = Given.After(ContactedItem, When(ContactedItem, Command("b", commitments: [YearEnd, YearEnd with { Description = "明年完成" }])));

        Assert.Equal(ProposalStatus.Replied, item.Status);
        Assert.Equal(Given.HandlingToday, item.RepliedOn);
        Assert.Equal([Given.LeadUnit], item.RepliedBy);
        Assert.Equal([false, false], item.CommitmentsFulfilled[Given.LeadUnit]);
        Assert.Equal(1, item.Round);
    }

    [Fact]
    public void a_reply_without_commitments_leaves_nothing_to_follow_up()
    {
        var item = Given.After(ContactedItem, When(ContactedItem));

        Assert.Empty(item.CommitmentsFulfilled[Given.LeadUnit]);
    }
}
