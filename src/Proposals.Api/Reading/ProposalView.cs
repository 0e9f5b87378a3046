using Proposals.Domain.Proposals;

namespace Proposals.Api.Reading;

/// <summary>The item as people read it. Inline: updated in the transaction that appends its events.</summary>
public sealed partial record ProposalView
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

    public int Round { get; init; }
    public IReadOnlyList<string> LeadUnits { get; init; } = [];
    public IReadOnlyList<string> CoUnits { get; init; } = [];
    /// <summary>Lead and co-organizing units together: which handlers may read the item.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];
    public DateOnly? AssignedOn { get; init; }
    public DateOnly? DueOn { get; init; }
    public DateOnly? OpinionDueOn { get; init; }
    public DateOnly? RepliedOn { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string? ClosureReason { get; init; }
    public IReadOnlyList<AssignmentRecord> Assignments { get; init; } = [];
    public IReadOnlyList<ReassignmentRequestRecord> ReassignmentRequests { get; init; } = [];
    public IReadOnlyList<string> AcknowledgedBy { get; init; } = [];
    public IReadOnlyList<ContactRecord> Contacts { get; init; } = [];
    public IReadOnlyList<OpinionRecord> Opinions { get; init; } = [];
    public IReadOnlyList<ExtensionRecord> Extensions { get; init; } = [];
    public IReadOnlyList<ReplyRecord> Replies { get; init; } = [];
    public IReadOnlyList<RatingRecord> Ratings { get; init; } = [];
    public IReadOnlyList<ReminderRecord> Reminders { get; init; } = [];
    public DateOnly? OverdueFor { get; init; }

    public int Version { get; set; }

    /// <summary>The lead proposer and co-signers with accounts: who may read the item as a proposer.</summary>
    public IReadOnlyList<string> SignerIds { get; init; } = [];
}
