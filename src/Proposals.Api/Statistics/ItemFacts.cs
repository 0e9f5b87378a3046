using Proposals.Domain.Proposals;

namespace Proposals.Api.Statistics;

/// <summary>
/// One item reduced to the facts the statistics count. Async: the daemon keeps it from the events,
/// and a rebuild makes it again from them.
/// </summary>
public sealed record ItemFacts
{
    public Guid Id { get; init; }
    public Guid SessionId { get; init; }
    public ProposalKind Kind { get; init; }
    /// <summary>The subject category as submitted (e.g. 教育).</summary>
    public string? Category { get; init; }
    public ProposalStatus Status { get; init; }
    public int Round { get; init; }
    public IReadOnlyList<string> LeadUnits { get; init; } = [];
    public IReadOnlyList<string> CoUnits { get; init; } = [];
    public bool Assigned { get; init; }
    /// <summary>The due date in force now.</summary>
    public DateOnly? DueOn { get; init; }
    /// <summary>The day every lead unit had first replied, and the due date in force on it.</summary>
    public DateOnly? RepliedOn { get; init; }
    public DateOnly? DueOnWhenReplied { get; init; }
    /// <summary>One entry per unit that replied.</summary>
    public IReadOnlyList<UnitReply> Replies { get; init; } = [];
    /// <summary>The units that recorded at least one contact with the proposer.</summary>
    public IReadOnlyList<string> ContactedBy { get; init; } = [];
    /// <summary>The latest rating of each round.</summary>
    public IReadOnlyList<RoundRating> Ratings { get; init; } = [];
}

/// <summary>A unit's first reply (its day and the due date then in force) and the category of its latest.</summary>
public sealed record UnitReply(string Unit, DateOnly FirstRepliedOn, DateOnly DueOnWhenReplied, int LatestRound, string LatestCategory);

public sealed record RoundRating(int Round, Satisfaction Attitude, Satisfaction Result);
