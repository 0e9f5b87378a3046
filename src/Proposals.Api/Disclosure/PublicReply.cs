using Proposals.Domain.Proposals;

namespace Proposals.Api.Disclosure;

/// <summary>
/// What the public may know of one item, kept by <see cref="PublicReplyProjection"/>. It exists from
/// submission on for items whose proposer consented, but is public only once <see cref="PublishedOn"/>
/// is set and reached; it never holds what may not be disclosed (reply texts marked none, the texts of
/// a title-only item, co-signers, contacts, opinions, reasons, handlers).
/// </summary>
public sealed record PublicReply
{
    public Guid Id { get; init; }
    public Guid SessionId { get; init; }
    public ProposalKind Kind { get; init; }
    public int? Number { get; init; }
    public string? DisplayNumber { get; init; }
    public string Title { get; init; } = "";
    public DisclosureConsent Consent { get; init; }
    /// <summary>The lead proposer's public name (a deputy, a member or a party group); null for a title-only item.</summary>
    public string? ProposerName { get; init; }
    /// <summary>The item's text, which a full consent publishes with its replies; null for a title-only item.</summary>
    public string? Content { get; init; }

    public int Round { get; init; }
    public IReadOnlyList<string> LeadUnits { get; init; } = [];
    public IReadOnlyList<string> CoUnits { get; init; } = [];
    /// <summary>The lead units' answers in the current round.</summary>
    public IReadOnlyList<PublicAnswer> Answers { get; init; } = [];
    /// <summary>The day every lead unit had answered the round; null while one has not.</summary>
    public DateOnly? RepliedOn { get; init; }

    /// <summary>The day the item is public from (<see cref="Publication"/>); null while it may not be published.</summary>
    public DateOnly? PublishedOn { get; init; }
    /// <summary>The units and categories the filters match (none for a title-only item).</summary>
    public IReadOnlyList<string> UnitIds { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    /// <summary>Search terms (see <see cref="SearchTerms"/>) of the title, and of the content with the disclosed replies, while published.</summary>
    public string? TitleTerms { get; init; }
    public string? TextTerms { get; init; }

    /// <summary>The answers the public reads, in the order of the lead units.</summary>
    public IEnumerable<PublicAnswer> DisclosedAnswers() =>
        Answers.Where(a => a.Text is not null && LeadUnits.Contains(a.Unit)).OrderBy(a => LeadUnits.ToList().IndexOf(a.Unit));
}

/// <summary>
/// A lead unit's answer; <see cref="Text"/> is what may be disclosed (the reply or its summary), else null;
/// <see cref="PublishOn"/> the first day it may be public (<see cref="ReplyIssued.PublishOn"/>).
/// </summary>
public sealed record PublicAnswer(string Unit, int Round, string Category, DateOnly RepliedOn, DisclosureScope Scope, string? Text, DateOnly? PublishOn = null);
