using Proposals.Domain.Common;
using Proposals.Domain.Handling;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Deadlines;

/// <summary>延期: the coordinator moves the due date, within the policy's caps.</summary>
public static class Extend
{
    public static Decision Decide(Proposal proposal, DateOnly? dueOn, string? reason, HandlingPolicy policy, Actor by, DateTimeOffset at)
    {
        if (Rules.RequireRole(by, Role.Coordinator, "extend a deadline") is { } notCoordinator) return notCoordinator;
        if (HandlerGuards.RequireAwaitingReply(proposal, "extend the deadline") is { } notAwaiting) return notAwaiting;

        var broken = new List<RuleBroken>();
        if (dueOn is null) broken.Add(new InvalidField("dueOn", "'dueOn' is required."));
        else if (dueOn <= proposal.DueOn) broken.Add(new InvalidField("dueOn", $"An extension must move the due date past {proposal.DueOn:yyyy-MM-dd}."));
        else if (dueOn <= ChinaTime.Today(at)) broken.Add(new InvalidField("dueOn", "An extension must give a due date after today."));
        if (Rules.Text("reason", reason, 1, 2_000) is { } badReason) broken.Add(badReason);
        if (broken.Count > 0) return Decision.Reject([.. broken]);

        var cap = Cap(proposal, policy);
        if (dueOn > cap)
            return new StateForbids($"The due date may be extended to {cap:yyyy-MM-dd} at the latest ({policy.ExtensionCapMonths} more months, {policy.TotalCapMonths} in total).");

        return Decision.Accept(new DeadlineExtended(proposal.Id, proposal.DueOn!.Value, dueOn!.Value, reason!.Trim(), by, at));
    }

    public static DateOnly Cap(Proposal proposal, HandlingPolicy policy)
    {
        var byExtension = proposal.RoundFirstDueOn!.Value.AddMonths(policy.ExtensionCapMonths);
        var inTotal = proposal.RoundStartedOn!.Value.AddMonths(policy.TotalCapMonths);
        return byExtension < inTotal ? byExtension : inTotal;
    }
}
