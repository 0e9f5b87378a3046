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
    public bool Assigned { get; init; }
    public IReadOnlyList<string> LeadUnits { get; init; } = [];
    public IReadOnlyList<string> CoUnits { get; init; } = [];
    /// <summary>The due date in force now.</summary>
    public DateOnly? DueOn { get; init; }
    /// <summary>The day every lead unit had first replied, and the due date in force on it.</summary>
    public DateOnly? RepliedOn { get; init; }
    public DateOnly? DueOnWhenReplied { get; init; }
    public bool RepliedOnTime { get; init; }
    /// <summary>Any unit recorded a contact with the proposer.</summary>
    public bool Contacted { get; init; }
    /// <summary>Every unit that replied, even one since transferred away.</summary>
    public IReadOnlyList<UnitReply> Replies { get; init; } = [];
    /// <summary>Every unit that recorded a contact with the proposer.</summary>
    public IReadOnlyList<string> ContactedBy { get; init; } = [];
    public RoundRating? LatestRating { get; init; }
    public RoundRating? FirstRoundRating { get; init; }
    /// <summary>The current lead units with their replies and contacts: what the per-unit figures read.</summary>
    public IReadOnlyList<LeadFacts> Leads { get; init; } = [];
}

/// <summary>A unit's first reply (its day and the due date then in force) and the category of its latest.</summary>
public sealed record UnitReply(string Unit, DateOnly FirstRepliedOn, DateOnly DueOnWhenReplied, int LatestRound, string LatestCategory);

public sealed record RoundRating(int Round, Satisfaction Attitude, Satisfaction Result);

/// <summary>A current lead unit's part: its first reply against the due date then in force, its latest category, its contacts.</summary>
public sealed record LeadFacts(string Unit, DateOnly? FirstRepliedOn, DateOnly? DueOnWhenReplied, bool RepliedOnTime, string? LatestCategory, bool Contacted);
