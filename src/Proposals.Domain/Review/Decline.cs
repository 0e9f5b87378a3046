using Proposals.Domain.Common;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Review;

/// <summary>不予立案: the proposer sees the reason, so one is required.</summary>
public static class Decline
{
    public const int MaxReason = 2_000;

    public static Decision Decide(Proposal proposal, string? reason, Actor by, DateTimeOffset at)
    {
        if (Rules.RequireRole(by, Role.Coordinator, "decline an item") is { } notCoordinator) return notCoordinator;
        if (Rules.Text("reason", reason, 1, MaxReason) is { } badReason) return badReason;
        if (proposal.Status != ProposalStatus.Submitted)
            return new StateForbids($"Only a submitted item can be declined; this one is {proposal.Status.Describe()}.");

        return Decision.Accept(new ProposalDeclined(proposal.Id, reason!.Trim(), by, at));
    }
}
