using Proposals.Domain.Common;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Handling;

/// <summary>签收: a unit confirms it has the item.</summary>
public static class Acknowledge
{
    public static Decision Decide(Proposal proposal, Actor by, DateTimeOffset at)
    {
        if (HandlerGuards.RequireAssignedHandler(proposal, by, "acknowledge an item") is { } notHandler) return notHandler;
        if (HandlerGuards.RequireAwaitingReply(proposal, "acknowledge it") is { } notAwaiting) return notAwaiting;
        if (proposal.AcknowledgedBy.Contains(by.Unit!)) return new StateForbids("Your unit has already acknowledged this item.");

        return Decision.Accept(new AssignmentAcknowledged(proposal.Id, by.Unit!, by, at));
    }
}
