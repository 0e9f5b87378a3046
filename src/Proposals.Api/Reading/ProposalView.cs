using Marten.Events.Aggregation;
using Proposals.Domain.Common;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Reading;

/// <summary>The item as people read it. Inline: updated in the transaction that appends its events.</summary>
public sealed record ProposalView
{
    public Guid Id { get; init; }
    public Guid SessionId { get; init; }
    public ProposalKind Kind { get; init; }
    public ProposalStatus Status { get; init; }
    public int? Number { get; init; }
    public string? DisplayNumber { get; init; }
    public string Title { get; init; } = "";
    public string Content { get; init; } = "";
    public string? Category { get; init; }
    public string? Delegation { get; init; }
    public Proposer Proposer { get; init; } = new("", "");
    public IReadOnlyList<CoSigner> CoSigners { get; init; } = [];
    public DisclosureConsent DisclosureConsent { get; init; }
    public bool RaisedBetweenSessions { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset LastActivityAt { get; init; }
    public IReadOnlyList<string> WithdrawalAgreedBy { get; init; } = [];
    public string? DeclineReason { get; init; }
    public string? ConversionReason { get; init; }
    public Guid? MergedIntoId { get; init; }
    public int Version { get; set; }

    /// <summary>The lead proposer and co-signers with accounts: who may read the item as a proposer.</summary>
    public IReadOnlyList<string> SignerIds { get; init; } = [];
}

public sealed class ProposalViewProjection : SingleStreamProjection<ProposalView, Guid>
{
    public static ProposalView Create(ProposalSubmitted e) => new()
    {
        Id = e.ProposalId,
        SessionId = e.SessionId,
        Kind = e.Kind,
        Status = ProposalStatus.Submitted,
        Title = e.Title,
        Content = e.Content,
        Category = e.Category,
        Delegation = e.Delegation,
        Proposer = e.Proposer,
        CoSigners = e.CoSigners,
        DisclosureConsent = e.DisclosureConsent,
        RaisedBetweenSessions = e.RaisedBetweenSessions,
        SubmittedAt = e.At,
        LastActivityAt = e.At,
        SignerIds = e.CoSigners.Where(c => c.Id is not null).Select(c => c.Id!).Prepend(e.Proposer.Id).Distinct().ToArray(),
    };

    public static ProposalView Apply(WithdrawalAgreed e, ProposalView view) =>
        view with { WithdrawalAgreedBy = [.. view.WithdrawalAgreedBy, e.By.Id], LastActivityAt = e.At };

    public static ProposalView Apply(ProposalWithdrawn e, ProposalView view) =>
        view with { Status = ProposalStatus.Withdrawn, LastActivityAt = e.At };

    public static ProposalView Apply(ProposalRegistered e, ProposalView view) =>
        view with { Status = ProposalStatus.Registered, Number = e.Number, DisplayNumber = e.DisplayNumber, LastActivityAt = e.At };

    public static ProposalView Apply(ProposalDeclined e, ProposalView view) =>
        view with { Status = ProposalStatus.Declined, DeclineReason = e.Reason, LastActivityAt = e.At };

    public static ProposalView Apply(ProposalConverted e, ProposalView view) =>
        view with { Status = ProposalStatus.Converted, ConversionReason = e.Reason, LastActivityAt = e.At };

    public static ProposalView Apply(ProposalMerged e, ProposalView view) =>
        view with { Status = ProposalStatus.Merged, MergedIntoId = e.IntoId, LastActivityAt = e.At };
}
