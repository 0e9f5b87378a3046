using Proposals.Domain.Common;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Closure;

/// <summary>办结 by the coordinator: once the rating window has passed, or earlier with a reason.</summary>
public static class Close
{
    public static Decision Decide(Proposal proposal, string? reason, HandlingPolicy policy, WorkingCalendar calendar, Actor by, DateTimeOffset at)
    {
        if (Rules.RequireRole(by, Role.Coordinator, "close an item") is { } notCoordinator) return notCoordinator;
        if (Rules.OptionalText("reason", reason, 2_000) is { } badReason) return badReason;
        if (proposal.Status != ProposalStatus.Replied)
            return new StateForbids($"Only a replied item can be closed; this one is {proposal.Status.Describe()}.");

        var windowEnds = calendar.AddWorkingDays(proposal.RepliedOn!.Value, policy.RatingWindowWorkingDays);
        if (string.IsNullOrWhiteSpace(reason) && ChinaTime.Today(at) <= windowEnds)
            return new StateForbids($"The proposer may rate the reply until {windowEnds:yyyy-MM-dd}; give a reason to close it before then.");

        return Decision.Accept(new ProposalClosed(proposal.Id, string.IsNullOrWhiteSpace(reason) ? "The rating window passed without a rating." : reason.Trim(), by, at));
    }
}
