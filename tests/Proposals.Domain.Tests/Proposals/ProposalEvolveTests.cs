using Proposals.Domain.Proposals;

namespace Proposals.Domain.Tests.Proposals;

public class ProposalEvolveTests
{
    private static readonly CoSigner CoSigner = new("u-co", "李代表");

    [Fact]
    public void a_submitted_item_starts_with_its_signers_and_no_number()
    {
        var proposal = Given.Proposal(Given.Submitted(by: Given.Proposer("u-lead"), coSigners: [CoSigner, new CoSigner(null, "刘代表")]));

        Assert.Equal(ProposalStatus.Submitted, proposal.Status);
        Assert.Equal(Given.ProposalId, proposal.Id);
        Assert.Equal(Given.SessionId, proposal.SessionId);
        Assert.Equal(new Proposer("u-lead", "王代表"), proposal.Proposer);
        Assert.Equal(["u-lead", "u-co"], proposal.SignerIds);
        Assert.Empty(proposal.WithdrawalAgreedBy);
        Assert.Null(proposal.Number);
    }

    [Fact]
    public void a_full_history_to_registration_gives_a_registered_item_with_its_number()
    {
        var proposal = Given.Proposal(
            Given.Submitted(coSigners: CoSigner),
            Given.WithdrawalAgreed(Given.CoSignerActor("u-co")),
            "an event the item does not know",
            Given.Registered(447));

        Assert.Equal(ProposalStatus.Registered, proposal.Status);
        Assert.Equal(447, proposal.Number);
        Assert.Equal(["u-co"], proposal.WithdrawalAgreedBy);
    }

    [Fact]
    public void agreements_to_withdraw_accumulate_until_the_item_is_withdrawn()
    {
        var lead = Given.Proposer("u-lead");
        var coSigner = Given.CoSignerActor("u-co");

        var agreed = Given.Proposal(Given.Submitted(by: lead, coSigners: CoSigner), Given.WithdrawalAgreed(lead));
        var withdrawn = agreed.Evolve(new ProposalWithdrawn(Given.ProposalId, coSigner, Given.Now));

        Assert.Equal(ProposalStatus.Submitted, agreed.Status);
        Assert.Equal(["u-lead"], agreed.WithdrawalAgreedBy);
        Assert.Equal(ProposalStatus.Withdrawn, withdrawn.Status);
        Assert.Null(withdrawn.Number);
    }

    [Theory]
    [InlineData(ProposalStatus.Registered)]
    [InlineData(ProposalStatus.Declined)]
    [InlineData(ProposalStatus.Converted)]
    [InlineData(ProposalStatus.Merged)]
    [InlineData(ProposalStatus.Withdrawn)]
    public void each_review_event_sets_its_status(ProposalStatus status)
    {
        var proposal = Given.Proposal(Given.Submitted(), Given.LeavingSubmittedFor(status));

        Assert.Equal(status, proposal.Status);
    }

    [Fact]
    public void evolving_leaves_the_earlier_state_untouched()
    {
        var submitted = Given.Proposal(Given.Submitted());

        _ = submitted.Evolve(Given.Registered(1));

        Assert.Equal(ProposalStatus.Submitted, submitted.Status);
        Assert.Null(submitted.Number);
    }
}
