using Proposals.Domain.Common;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Review;

/// <summary>撤回: only before review, and a joint item only once every signer with an account agreed.</summary>
public static class Withdrawal
{
    public static Decision Decide(Proposal proposal, Actor by, DateTimeOffset at)
    {
        if (!proposal.IsSignedBy(by.Id)) return new NotPermitted("Only the item's signers may withdraw it.");
        if (proposal.Status != ProposalStatus.Submitted)
            return new StateForbids($"An item can be withdrawn only before review; this one is {proposal.Status.Describe()}.");
        if (proposal.WithdrawalAgreedBy.Contains(by.Id))
            return new StateForbids("You have already agreed to withdraw this item; the other signers have not yet.");

        var stillToAgree = proposal.SignerIds.Except(proposal.WithdrawalAgreedBy.Add(by.Id));
        return stillToAgree.Any()
            ? Decision.Accept(new WithdrawalAgreed(proposal.Id, by, at))
            : Decision.Accept(new ProposalWithdrawn(proposal.Id, by, at));
    }
}
