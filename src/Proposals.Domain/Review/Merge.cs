using Proposals.Domain.Common;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Review;

/// <summary>并案: a submitted item joins another item of the same session that is still open for handling.</summary>
public static class Merge
{
    public static Decision Decide(Proposal proposal, Proposal? into, Actor by, DateTimeOffset at)
    {
        if (Rules.RequireRole(by, Role.Coordinator, "merge items") is { } notCoordinator) return notCoordinator;
        if (into is null) return new InvalidField("intoId", "No such item in this jurisdiction.");
        if (into.Id == proposal.Id) return new InvalidField("intoId", "An item cannot be merged into itself.");
        if (into.SessionId != proposal.SessionId) return new InvalidField("intoId", "Items can be merged only within one session.");
        if (proposal.Status != ProposalStatus.Submitted)
            return new StateForbids($"Only a submitted item can be merged; this one is {proposal.Status.Describe()}.");
        if (into.Status is not (ProposalStatus.Submitted or ProposalStatus.Registered))
            return new StateForbids($"The target item is {into.Status.Describe()} and cannot take a merged item.");

        return Decision.Accept(new ProposalMerged(proposal.Id, into.Id, by, at));
    }
}
