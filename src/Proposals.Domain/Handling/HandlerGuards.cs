using Proposals.Domain.Common;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Handling;

/// <summary>Checks the handling deciders share.</summary>
public static class HandlerGuards
{
    /// <summary>A handler acts only for its own unit, and only on items assigned to it.</summary>
    public static RuleBroken? RequireAssignedHandler(Proposal proposal, Actor by, string doing)
    {
        if (Rules.RequireRole(by, Role.Handler, doing) is { } notHandler) return notHandler;
        return proposal.IsAssignedTo(by.Unit) ? null : new NotPermitted($"The item is not assigned to your unit '{by.Unit}'.");
    }

    public static RuleBroken? RequireAwaitingReply(Proposal proposal, string doing) =>
        proposal.Status.AwaitsReply()
            ? null
            : new StateForbids($"You can {doing} only while the item awaits its reply; it is {proposal.Status.Describe()}.");

    public static DateOnly Today(DateTimeOffset at) => ChinaTime.Today(at);
}
