using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
using Proposals.Domain.Sessions;
using Proposals.Domain.Submission;

namespace Proposals.Domain.Tests.Submission;

public class SubmitProposalTests
{
    private static readonly SessionRegister NpcSession = Given.Register(Given.SessionOpened(body: Body.Npc));
    private static readonly SessionRegister CppccSession = Given.Register(Given.SessionOpened(body: Body.Cppcc));

    private static SubmitProposal Command(
        string? title = "关于增设地铁站无障碍电梯的建议",
        string? content = "建议在老旧地铁站增设无障碍电梯。",
        string? category = null,
        string? delegation = null,
        IReadOnlyList<CoSigner>? coSigners = null,
        DisclosureConsent consent = DisclosureConsent.Full,
        bool betweenSessions = false) =>
        new(Given.ProposalId, Given.SessionId, title, content, category, delegation, coSigners ?? [], consent, betweenSessions);

    private static Decision When(SubmitProposal command, SessionRegister? session = null, Actor? by = null) =>
        SubmissionRules.Decide(command, session ?? NpcSession, by ?? Given.Proposer(), Given.Now);

    private static CoSigner[] CoSigners(int count) =>
        Enumerable.Range(1, count).Select(i => new CoSigner($"u-co-{i}", $"代表{i}")).ToArray();

    // ----- accepted -----

    [Fact]
    public void accepted_submission_records_exactly_one_ProposalSubmitted_with_the_command_the_actor_and_the_time()
    {
        var proposer = Given.Proposer();

        var submitted = Then.SingleEvent<ProposalSubmitted>(When(
            Command(category: "城市建设", delegation: "和平区代表团", consent: DisclosureConsent.TitleOnly, betweenSessions: true),
            by: proposer));

        Assert.Equal(Given.ProposalId, submitted.ProposalId);
        Assert.Equal(Given.SessionId, submitted.SessionId);
        Assert.Equal("关于增设地铁站无障碍电梯的建议", submitted.Title);
        Assert.Equal("建议在老旧地铁站增设无障碍电梯。", submitted.Content);
        Assert.Equal("城市建设", submitted.Category);
        Assert.Equal("和平区代表团", submitted.Delegation);
        Assert.Equal(DisclosureConsent.TitleOnly, submitted.DisclosureConsent);
        Assert.True(submitted.RaisedBetweenSessions);
        Assert.Equal(proposer, submitted.By);
        Assert.Equal(Given.Now, submitted.At);
    }

    [Theory]
    [InlineData(Body.Npc, ProposalKind.Suggestion)]
    [InlineData(Body.Cppcc, ProposalKind.Proposal)]
    public void the_kind_follows_the_body_of_the_session(Body body, ProposalKind kind)
    {
        var session = body == Body.Npc ? NpcSession : CppccSession;

        var submitted = Then.SingleEvent<ProposalSubmitted>(When(Command(), session));

        Assert.Equal(kind, submitted.Kind);
    }

    [Fact]
    public void title_and_content_are_trimmed()
    {
        var submitted = Then.SingleEvent<ProposalSubmitted>(When(Command(title: "  标题 \n", content: "\t 正文  ")));

        Assert.Equal("标题", submitted.Title);
        Assert.Equal("正文", submitted.Content);
    }

    [Fact]
    public void blank_category_and_delegation_are_recorded_as_absent()
    {
        var submitted = Then.SingleEvent<ProposalSubmitted>(When(Command(category: "   ", delegation: "")));

        Assert.Null(submitted.Category);
        Assert.Null(submitted.Delegation);
    }

    [Fact]
    public void the_proposer_is_the_acting_user()
    {
        var submitted = Then.SingleEvent<ProposalSubmitted>(When(Command(), by: Given.Proposer("u-77", "陈委员")));

        Assert.Equal(new Proposer("u-77", "陈委员"), submitted.Proposer);
    }

    [Fact]
    public void co_signers_are_kept_in_order_with_and_without_accounts()
    {
        CoSigner[] coSigners = [new("u-co-1", "李代表"), new(null, "刘代表"), new("u-co-2", " 周代表 ")];

        var submitted = Then.SingleEvent<ProposalSubmitted>(When(Command(coSigners: coSigners)));

        Assert.Equal([new CoSigner("u-co-1", "李代表"), new CoSigner(null, "刘代表"), new CoSigner("u-co-2", "周代表")], submitted.CoSigners);
    }

    [Fact]
    public void a_blank_co_signer_id_means_no_account()
    {
        var submitted = Then.SingleEvent<ProposalSubmitted>(When(Command(coSigners: [new("  ", "刘代表")])));

        Assert.Null(Assert.Single(submitted.CoSigners).Id);
    }

    [Theory]
    [InlineData(DisclosureConsent.Full)]
    [InlineData(DisclosureConsent.TitleOnly)]
    [InlineData(DisclosureConsent.None)]
    public void disclosure_consent_is_kept(DisclosureConsent consent)
    {
        var submitted = Then.SingleEvent<ProposalSubmitted>(When(Command(consent: consent)));

        Assert.Equal(consent, submitted.DisclosureConsent);
    }

    [Fact]
    public void the_submitted_event_starts_a_submitted_item()
    {
        var submitted = Then.SingleEvent<ProposalSubmitted>(When(Command(coSigners: [new("u-co-1", "李代表")])));

        var proposal = Proposal.StartWith(submitted);

        Assert.Equal(ProposalStatus.Submitted, proposal.Status);
        Assert.Null(proposal.Number);
        Assert.Equal(["u-lead", "u-co-1"], proposal.SignerIds);
    }

    // ----- who may submit -----

    [Theory]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.Handler)]
    [InlineData(Role.Admin)]
    public void only_a_proposer_may_submit(Role role)
    {
        Then.NotPermitted(When(Command(), by: Given.ActorIn(role)));
    }

    [Fact]
    public void the_role_is_checked_before_the_fields()
    {
        Then.NotPermitted(When(Command(title: null, content: null), by: Given.Handler()));
    }

    // ----- session -----

    [Fact]
    public void an_unknown_session_is_an_invalid_sessionId()
    {
        var decision = SubmissionRules.Decide(Command(), null, Given.Proposer(), Given.Now);

        Then.InvalidField(decision, "sessionId");
    }

    // ----- title -----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void a_title_is_required(string? title)
    {
        Then.InvalidField(When(Command(title: title)), "title");
    }

    [Fact]
    public void a_title_of_201_characters_is_too_long()
    {
        Then.InvalidField(When(Command(title: new string('题', 201))), "title");
    }

    [Fact]
    public void a_title_of_200_characters_is_accepted()
    {
        var submitted = Then.SingleEvent<ProposalSubmitted>(When(Command(title: new string('题', 200))));

        Assert.Equal(200, submitted.Title.Length);
    }

    [Fact]
    public void title_length_is_counted_after_trimming()
    {
        Then.SingleEvent<ProposalSubmitted>(When(Command(title: "  " + new string('题', 200) + "  ")));
    }

    // ----- content -----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("    ")]
    public void content_is_required(string? content)
    {
        Then.InvalidField(When(Command(content: content)), "content");
    }

    [Fact]
    public void content_of_50_001_characters_is_too_long()
    {
        Then.InvalidField(When(Command(content: new string('文', 50_001))), "content");
    }

    [Fact]
    public void content_of_50_000_characters_is_accepted()
    {
        var submitted = Then.SingleEvent<ProposalSubmitted>(When(Command(content: new string('文', 50_000))));

        Assert.Equal(50_000, submitted.Content.Length);
    }

    // ----- category and delegation -----

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void category_may_have_at_most_100_characters(int length, bool accepted)
    {
        var decision = When(Command(category: new string('类', length)));

        if (accepted) Then.SingleEvent<ProposalSubmitted>(decision);
        else Then.InvalidField(decision, "category");
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void delegation_may_have_at_most_100_characters(int length, bool accepted)
    {
        var decision = When(Command(delegation: new string('团', length)));

        if (accepted) Then.SingleEvent<ProposalSubmitted>(decision);
        else Then.InvalidField(decision, "delegation");
    }

    // ----- co-signers -----

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void a_co_signer_needs_a_name(string name)
    {
        Then.InvalidField(When(Command(coSigners: [new("u-co-1", name)])), "coSigners[0].name");
    }

    [Fact]
    public void the_field_of_a_nameless_co_signer_names_its_position()
    {
        Then.InvalidField(When(Command(coSigners: [new("u-co-1", "李代表"), new(null, "")])), "coSigners[1].name");
    }

    [Fact]
    public void a_co_signer_name_may_have_at_most_100_characters()
    {
        Then.InvalidField(When(Command(coSigners: [new("u-co-1", new string('名', 101))])), "coSigners[0].name");
    }

    [Fact]
    public void the_lead_proposer_cannot_also_co_sign()
    {
        var decision = When(Command(coSigners: [new("u-co-1", "李代表"), new("u-lead", "王代表")]), by: Given.Proposer("u-lead"));

        Then.InvalidField(decision, "coSigners[1].id");
    }

    [Fact]
    public void a_co_signer_cannot_be_listed_twice()
    {
        var decision = When(Command(coSigners: [new("u-co-1", "李代表"), new("u-co-2", "刘代表"), new("u-co-1", "李代表")]));

        Then.InvalidField(decision, "coSigners");
    }

    [Fact]
    public void co_signers_without_an_account_may_share_a_name()
    {
        var submitted = Then.SingleEvent<ProposalSubmitted>(When(Command(coSigners: [new(null, "李代表"), new(null, "李代表")])));

        Assert.Equal(2, submitted.CoSigners.Count);
    }

    [Fact]
    public void five_hundred_co_signers_are_accepted()
    {
        var submitted = Then.SingleEvent<ProposalSubmitted>(When(Command(coSigners: CoSigners(500))));

        Assert.Equal(500, submitted.CoSigners.Count);
    }

    [Fact]
    public void more_than_500_co_signers_are_refused()
    {
        Then.InvalidField(When(Command(coSigners: CoSigners(501))), "coSigners");
    }

    // Domain bug: validation compares co-signer ids untrimmed, but the event stores them trimmed,
    // so " u-lead " slips past the "lead cannot co-sign" rule and "u-co-1" / "u-co-1 " past the duplicate rule.

    [Fact]
    public void a_padded_copy_of_the_lead_proposers_id_cannot_co_sign()
    {
        var decision = When(Command(coSigners: [new(" u-lead ", "王代表")]), by: Given.Proposer("u-lead"));

        Then.InvalidField(decision, "coSigners[0].id");
    }

    [Fact]
    public void a_padded_copy_of_a_co_signer_id_is_a_duplicate()
    {
        var decision = When(Command(coSigners: [new("u-co-1", "李代表"), new("u-co-1 ", "李代表")]));

        Then.InvalidField(decision, "coSigners");
    }

    // ----- several rules at once -----

    [Fact]
    public void every_broken_rule_is_reported_at_once()
    {
        var command = Command(
            title: " ",
            content: new string('文', 50_001),
            category: new string('类', 101),
            delegation: new string('团', 101),
            coSigners: [new(null, ""), new("u-lead", "王代表"), new("u-co-1", "甲"), new("u-co-1", "乙")]);

        var decision = SubmissionRules.Decide(command, null, Given.Proposer("u-lead"), Given.Now);

        Assert.Equal(
            ["sessionId", "title", "content", "category", "delegation", "coSigners[0].name", "coSigners[1].id", "coSigners"],
            Then.InvalidFields(decision));
    }
}
