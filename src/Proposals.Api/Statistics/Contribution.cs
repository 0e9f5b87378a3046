using Proposals.Domain.Proposals;

namespace Proposals.Api.Statistics;

/// <summary>What one item adds to a set of figures: as a whole, or as one of its lead units' part in it.</summary>
public sealed record Contribution(
    bool Assigned,
    bool Replied,
    bool RepliedOnTime,
    bool Closed,
    RoundRating? LatestRating,
    RoundRating? FirstRoundRating,
    bool Contacted,
    IReadOnlyList<string> ReplyCategories)
{
    /// <summary>Replied: every lead unit replied; categories: the latest reply of each current lead unit.</summary>
    public static Contribution OfItem(FactsRow item) => new(
        item.Assigned,
        item.RepliedOn is not null,
        item.RepliedOn <= item.DueOnWhenReplied,
        item.Status == ProposalStatus.Closed,
        Latest(item),
        FirstRound(item),
        item.ContactedBy.Count > 0,
        item.Replies.Where(r => item.LeadUnits.Contains(r.Unit)).Select(r => r.LatestCategory).ToArray());

    /// <summary>The unit's own reply and contacts; closure and ratings are the item's.</summary>
    public static Contribution OfUnit(FactsRow item, string unit)
    {
        var reply = item.Replies.FirstOrDefault(r => r.Unit == unit);
        return new(
            true,
            reply is not null,
            reply is not null && reply.FirstRepliedOn <= reply.DueOnWhenReplied,
            item.Status == ProposalStatus.Closed,
            Latest(item),
            FirstRound(item),
            item.ContactedBy.Contains(unit),
            reply is null ? [] : [reply.LatestCategory]);
    }

    private static RoundRating? Latest(FactsRow item) => item.Ratings.MaxBy(r => r.Round);

    private static RoundRating? FirstRound(FactsRow item) => item.Ratings.FirstOrDefault(r => r.Round == 1);
}
