using Proposals.Domain.Common;

namespace Proposals.Domain.Proposals;

public sealed record ProposalSubmitted(
    Guid ProposalId,
    Guid SessionId,
    ProposalKind Kind,
    string Title,
    string Content,
    string? Category,
    string? Delegation,
    Proposer Proposer,
    IReadOnlyList<CoSigner> CoSigners,
    DisclosureConsent DisclosureConsent,
    bool RaisedBetweenSessions,
    Actor By,
    DateTimeOffset At) : IAttributed;

/// <summary>One signer of a joint item agreed to withdraw it; it is withdrawn once all have.</summary>
public sealed record WithdrawalAgreed(Guid ProposalId, Actor By, DateTimeOffset At) : IAttributed;

public sealed record ProposalWithdrawn(Guid ProposalId, Actor By, DateTimeOffset At) : IAttributed;

/// <summary>立案: registered and numbered in its session.</summary>
public sealed record ProposalRegistered(Guid ProposalId, Guid SessionId, int Number, string DisplayNumber, Actor By, DateTimeOffset At) : IAttributed;

/// <summary>不予立案: the reason is shown to the proposer.</summary>
public sealed record ProposalDeclined(Guid ProposalId, string Reason, Actor By, DateTimeOffset At) : IAttributed;

/// <summary>转为意见: handled as an opinion letter instead of a registered item.</summary>
public sealed record ProposalConverted(Guid ProposalId, string? Reason, Actor By, DateTimeOffset At) : IAttributed;

/// <summary>并案: handled together with another item; its proposers still get a reply.</summary>
public sealed record ProposalMerged(Guid ProposalId, Guid IntoId, Actor By, DateTimeOffset At) : IAttributed;
