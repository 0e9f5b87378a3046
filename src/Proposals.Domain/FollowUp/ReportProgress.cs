using Proposals.Domain.Common;
using Proposals.Domain.Handling;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.FollowUp;

/// <summary>跟踪办理: the lead unit that promised something reports progress until it is fulfilled.</summary>
public static class ReportProgress
{
    public static Decision Decide(Proposal proposal, int number, string? note, bool fulfilled, Actor by, DateTimeOffset at)
    {
        if (HandlerGuards.RequireAssignedHandler(proposal, by, "report progress on a commitment") is { } notHandler) return notHandler;
        if (!proposal.CommitmentsFulfilled.TryGetValue(by.Unit!, out var commitments) || number < 1 || number > commitments.Count)
            return new NotFound($"Your unit's latest reply has no commitment {number}.");
        if (Rules.Text("note", note, 1, 2_000) is { } badNote) return badNote;
        if (commitments[number - 1]) return new StateForbids($"Commitment {number} is already fulfilled.");

        return Decision.Accept(new CommitmentProgressReported(proposal.Id, by.Unit!, number, note!.Trim(), fulfilled, by, at));
    }
}
