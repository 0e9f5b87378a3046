using Proposals.Domain.Common;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Review;

/// <summary>转为意见: the item is handled as an opinion letter rather than registered.</summary>
public static class Conversion
{
    public static Decision Decide(Proposal proposal, string? reason, Actor by, DateTimeOffset at)
    {
        if (Rules.RequireRole(by, Role.Coordinator, "convert an item") is { } notCoordinator) return notCoordinator;
        if (Rules.OptionalText("reason", reason, Decline.MaxReason) is { } badReason) return badReason;
        if (proposal.Status != ProposalStatus.Submitted)
            return new StateForbids($"Only a submitted item can be converted; this one is {proposal.Status.Describe()}.");

        return Decision.Accept(new ProposalConverted(proposal.Id, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), by, at));
    }
}
