using Proposals.Domain.Proposals;

namespace Proposals.Api.Reading;

/// <summary>What GET returns for one item.</summary>
public sealed record ProposalDetails(
    Guid Id,
    Guid SessionId,
    ProposalKind Kind,
    ProposalStatus Status,
    int? Number,
    string? DisplayNumber,
    string Title,
    string Content,
    string? Category,
    string? Delegation,
    Proposer Proposer,
    IReadOnlyList<CoSigner> CoSigners,
    DisclosureConsent DisclosureConsent,
    bool RaisedBetweenSessions,
    DateTimeOffset SubmittedAt,
    DateTimeOffset LastActivityAt,
    IReadOnlyList<string> WithdrawalAgreedBy,
    string? DeclineReason,
    string? ConversionReason,
    Guid? MergedIntoId,
    int Version)
{
    public static ProposalDetails From(ProposalView v) => new(
        v.Id, v.SessionId, v.Kind, v.Status, v.Number, v.DisplayNumber, v.Title, v.Content, v.Category, v.Delegation,
        v.Proposer, v.CoSigners, v.DisclosureConsent, v.RaisedBetweenSessions, v.SubmittedAt, v.LastActivityAt,
        v.WithdrawalAgreedBy, v.DeclineReason, v.ConversionReason, v.MergedIntoId, v.Version);
}

/// <summary>One row of a list.</summary>
public sealed record ProposalSummary(
    Guid Id,
    Guid SessionId,
    ProposalKind Kind,
    ProposalStatus Status,
    int? Number,
    string? DisplayNumber,
    string Title,
    Proposer Proposer,
    DateTimeOffset SubmittedAt,
    DateTimeOffset LastActivityAt,
    int Version)
{
    public static ProposalSummary From(ProposalView v) =>
        new(v.Id, v.SessionId, v.Kind, v.Status, v.Number, v.DisplayNumber, v.Title, v.Proposer, v.SubmittedAt, v.LastActivityAt, v.Version);
}

public sealed record ProposalPage(IReadOnlyList<ProposalSummary> Items, long Total, int Page, int PageSize);

/// <summary>One event of an item's history, as people read it.</summary>
public sealed record HistoryEntry(string Type, DateTimeOffset At, HistoryActor Actor, object Data);

public sealed record HistoryActor(string Id, string Name, string Role);
