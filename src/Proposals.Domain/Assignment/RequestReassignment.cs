using Proposals.Domain.Common;
using Proposals.Domain.Handling;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Assignment;

/// <summary>申请调整: within the window after assignment a unit may object; only the coordinator moves the item.</summary>
public static class RequestReassignment
{
    public static Decision Decide(Proposal proposal, string? reason, HandlingPolicy policy, WorkingCalendar calendar, Actor by, DateTimeOffset at)
    {
        if (HandlerGuards.RequireAssignedHandler(proposal, by, "ask for reassignment") is { } notHandler) return notHandler;
        if (Rules.Text("reason", reason, 1, 2_000) is { } badReason) return badReason;
        if (!proposal.Status.AwaitsReply())
            return new StateForbids($"Reassignment can be asked for only while the item awaits its reply; it is {proposal.Status.Describe()}.");

        var closesOn = calendar.AddWorkingDays(proposal.AssignedOn!.Value, policy.ReassignmentWindowWorkingDays);
        if (ChinaTime.Today(at) > closesOn)
            return new StateForbids($"The window for objecting to this assignment closed on {closesOn:yyyy-MM-dd} ({policy.ReassignmentWindowWorkingDays} working days).");
        if (proposal.ReassignmentRequestedBy.Contains(by.Unit!))
            return new StateForbids("Your unit has already asked for this item to be reassigned.");

        return Decision.Accept(new ReassignmentRequested(proposal.Id, by.Unit!, reason!.Trim(), by, at));
    }
}
