using Marten;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Reading;

/// <summary>
/// 并案: a merged item is handled with the item it was merged into, and its proposer still gets the reply.
/// Reading the merged item shows that item's number, title, status and replies (following a chain of merges).
/// </summary>
public sealed record HandledWith(
    Guid Id,
    int? Number,
    string? DisplayNumber,
    string Title,
    ProposalStatus Status,
    DateOnly? RepliedOn,
    IReadOnlyList<ReplyRecord> Replies)
{
    private const int MaxChain = 10;

    /// <summary>The item that answers for a merged one; null for an item that was not merged.</summary>
    public static async Task<HandledWith?> LoadAsync(IQuerySession session, ProposalView item, CancellationToken ct)
    {
        var target = item;
        for (var hops = 0; target.MergedIntoId is { } into && hops < MaxChain; hops++)
        {
            if (await session.LoadAsync<ProposalView>(into, ct) is not { } next) break;
            target = next;
        }
        return ReferenceEquals(target, item)
            ? null
            : new HandledWith(target.Id, target.Number, target.DisplayNumber, target.Title, target.Status, target.RepliedOn, target.Replies);
    }
}
