using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
using Proposals.Domain.Review;

namespace Proposals.Domain.Tests.Review;

public class WithdrawalTests
{
    private static readonly Actor Lead = Given.Proposer("u-lead");
    private static readonly Actor CoSigner = Given.CoSignerActor("u-co");
    private static readonly Actor SecondCoSigner = Given.CoSignerActor("u-co-2", "周代表");

    private static Decision When(Proposal proposal, Actor by) => Withdrawal.Decide(proposal, by, Given.Now);

    private static ProposalSubmitted JointItem(params CoSigner[] coSigners) => Given.Submitted(by: Lead, coSigners: coSigners);

    [Fact]
    public void the_sole_proposer_withdraws_the_item_at_once()
    {
        var proposal = Given.Proposal(Given.Submitted(by: Lead));

        Then.Events(When(proposal, Lead), new ProposalWithdrawn(Given.ProposalId, Lead, Given.Now));
    }

    [Theory]
    [InlineData(Role.Proposer)]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.Handler)]
    [InlineData(Role.Admin)]
    public void someone_who_did_not_sign_may_not_withdraw(Role role)
    {
        var proposal = Given.Proposal(JointItem(new CoSigner("u-co", "李代表")));
        var outsider = new Actor("u-outsider", "外人", role);

        Then.NotPermitted(When(proposal, outsider));
    }

    [Fact]
    public void a_co_signer_without_an_account_is_not_a_signer_by_name()
    {
        var proposal = Given.Proposal(JointItem(new CoSigner(null, "刘代表")));

        Then.NotPermitted(When(proposal, new Actor("刘代表", "刘代表", Role.Proposer)));
    }

    [Theory]
    [InlineData(ProposalStatus.Registered)]
    [InlineData(ProposalStatus.Declined)]
    [InlineData(ProposalStatus.Converted)]
    [InlineData(ProposalStatus.Merged)]
    [InlineData(ProposalStatus.Withdrawn)]
    public void an_item_can_be_withdrawn_only_before_review(ProposalStatus status)
    {
        var proposal = Given.Proposal(Given.Submitted(by: Lead), Given.LeavingSubmittedFor(status));

        Then.StateForbids(When(proposal, Lead));
    }

    [Fact]
    public void a_joint_item_needs_the_agreement_of_a_co_signer_with_an_account()
    {
        var proposal = Given.Proposal(JointItem(new CoSigner("u-co", "李代表")));

        Then.Events(When(proposal, Lead), new WithdrawalAgreed(Given.ProposalId, Lead, Given.Now));
    }

    [Fact]
    public void a_joint_item_is_withdrawn_when_the_last_signer_agrees()
    {
        var proposal = Given.Proposal(JointItem(new CoSigner("u-co", "李代表")), Given.WithdrawalAgreed(Lead));

        Then.Events(When(proposal, CoSigner), new ProposalWithdrawn(Given.ProposalId, CoSigner, Given.Now));
    }

    [Fact]
    public void a_co_signer_may_agree_first_and_the_lead_completes_the_withdrawal()
    {
        var given = Given.Proposal(JointItem(new CoSigner("u-co", "李代表")));
        var agreed = Then.SingleEvent<WithdrawalAgreed>(When(given, CoSigner));

        var withdrawn = Then.SingleEvent<ProposalWithdrawn>(When(given.Evolve(agreed), Lead));

        Assert.Equal(Lead, withdrawn.By);
    }

    [Fact]
    public void every_signer_with_an_account_must_agree()
    {
        var proposal = Given.Proposal(
            JointItem(new CoSigner("u-co", "李代表"), new CoSigner("u-co-2", "周代表")),
            Given.WithdrawalAgreed(Lead));

        Then.Events(When(proposal, CoSigner), new WithdrawalAgreed(Given.ProposalId, CoSigner, Given.Now));
    }

    [Fact]
    public void the_withdrawal_completes_once_all_three_signers_agreed()
    {
        var proposal = Given.Proposal(
            JointItem(new CoSigner("u-co", "李代表"), new CoSigner("u-co-2", "周代表")),
            Given.WithdrawalAgreed(Lead),
            Given.WithdrawalAgreed(CoSigner));

        Then.Events(When(proposal, SecondCoSigner), new ProposalWithdrawn(Given.ProposalId, SecondCoSigner, Given.Now));
    }

    [Theory]
    [InlineData("u-lead")]
    [InlineData("u-co")]
    public void the_same_signer_cannot_agree_twice(string signerId)
    {
        var signer = signerId == Lead.Id ? Lead : CoSigner;
        var proposal = Given.Proposal(
            JointItem(new CoSigner("u-co", "李代表"), new CoSigner("u-co-2", "周代表")),
            Given.WithdrawalAgreed(signer));

        Then.StateForbids(When(proposal, signer));
    }

    [Fact]
    public void co_signers_without_an_account_need_not_agree()
    {
        var proposal = Given.Proposal(JointItem(new CoSigner(null, "刘代表"), new CoSigner(null, "陈代表")));

        Then.Events(When(proposal, Lead), new ProposalWithdrawn(Given.ProposalId, Lead, Given.Now));
    }

    [Fact]
    public void a_withdrawn_joint_item_cannot_be_withdrawn_again()
    {
        var proposal = Given.Proposal(
            JointItem(new CoSigner("u-co", "李代表")),
            Given.WithdrawalAgreed(Lead),
            new ProposalWithdrawn(Given.ProposalId, CoSigner, Given.Earlier));

        Then.StateForbids(When(proposal, Lead));
    }
}
