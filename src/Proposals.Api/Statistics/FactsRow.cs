using Proposals.Domain.Proposals;

namespace Proposals.Api.Statistics;

/// <summary>The fields of <see cref="ItemFacts"/> that the figures read: all that is fetched per item.</summary>
public sealed record FactsRow(
    ProposalKind Kind,
    ProposalStatus Status,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> CoUnits,
    bool Assigned,
    DateOnly? RepliedOn,
    DateOnly? DueOnWhenReplied,
    IReadOnlyList<UnitReply> Replies,
    IReadOnlyList<string> ContactedBy,
    IReadOnlyList<RoundRating> Ratings);
