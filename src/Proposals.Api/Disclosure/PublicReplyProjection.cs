using JasperFx.Events;
using Marten.Events.Aggregation;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Disclosure;

/// <summary>
/// The public read side of an item, asynchronous: publication may lag the reply by a moment. No
/// document for an item whose proposer refused disclosure; the document is deleted when the item is
/// withdrawn, declined, converted or merged, and hidden (<see cref="PublicReply.PublishedOn"/> null)
/// while not every lead unit has answered the round, e.g. during re-handling.
/// </summary>
public sealed class PublicReplyProjection : SingleStreamProjection<PublicReply, Guid>
{
    public PublicReplyProjection()
    {
        IncludeType<ProposalSubmitted>();
        IncludeType<ProposalWithdrawn>();
        IncludeType<ProposalDeclined>();
        IncludeType<ProposalConverted>();
        IncludeType<ProposalMerged>();
        IncludeType<ProposalRegistered>();
        IncludeType<ProposalAssigned>();
        IncludeType<ReplyIssued>();
        IncludeType<RehandlingStarted>();
    }

    public override PublicReply? Evolve(PublicReply? snapshot, Guid id, IEvent e) => e.Data switch
    {
        ProposalSubmitted s => Submitted(s),
        _ when snapshot is null => null,
        ProposalWithdrawn or ProposalDeclined or ProposalConverted or ProposalMerged => null,
        ProposalRegistered r => snapshot with { Number = r.Number, DisplayNumber = r.DisplayNumber },
        ProposalAssigned a => Published(Assigned(snapshot, a)),
        ReplyIssued r => Published(Answered(snapshot, r)),
        RehandlingStarted r => Published(snapshot with { Round = r.Round, Answers = [], RepliedOn = null }),
        _ => snapshot,
    };

    private static PublicReply? Submitted(ProposalSubmitted e) => e.DisclosureConsent == DisclosureConsent.None ? null : new PublicReply
    {
        Id = e.ProposalId,
        SessionId = e.SessionId,
        Kind = e.Kind,
        Title = e.Title,
        Consent = e.DisclosureConsent,
        ProposerName = e.DisclosureConsent == DisclosureConsent.Full ? e.Proposer.Name : null,
        Content = e.DisclosureConsent == DisclosureConsent.Full ? e.Content : null,
    };

    // A transfer keeps the answers of the units that stay lead units, as the write model does.
    private static PublicReply Assigned(PublicReply doc, ProposalAssigned e)
    {
        var answers = doc.Answers.Where(a => e.LeadUnits.Contains(a.Unit)).ToArray();
        return doc with
        {
            Round = Math.Max(doc.Round, 1),
            LeadUnits = e.LeadUnits,
            CoUnits = e.CoUnits,
            Answers = answers,
            RepliedOn = AllAnswered(e.LeadUnits, answers) ? doc.RepliedOn : null,
        };
    }

    private static PublicReply Answered(PublicReply doc, ReplyIssued e)
    {
        var text = doc.Consent != DisclosureConsent.Full ? null : e.Disclosure.Scope switch
        {
            DisclosureScope.Full => e.Content,
            DisclosureScope.Summary => e.Disclosure.Summary,
            _ => null,
        };
        var earlier = e.Round == doc.Round ? doc.Answers.Where(a => a.Unit != e.Unit) : [];
        PublicAnswer[] answers = [.. earlier, new PublicAnswer(e.Unit, e.Round, e.Category, e.RepliedOn, e.Disclosure.Scope, text, e.PublishOn)];
        return doc with
        {
            Round = e.Round,
            Answers = answers,
            RepliedOn = AllAnswered(doc.LeadUnits, answers) ? e.RepliedOn : null,
        };
    }

    // The document keeps the answers of the current round only (see Answered and RehandlingStarted). The rule
    // is the write model's; the guard on no lead units at all (never answered, never published) is this one's.
    private static bool AllAnswered(IReadOnlyList<string> leadUnits, IReadOnlyList<PublicAnswer> answers) =>
        leadUnits.Count > 0 && RoundReplies.AllLeadUnitsReplied(leadUnits, answers.Select(a => a.Unit));

    // Published once replied, when at least one lead unit's answer may be disclosed.
    private static PublicReply Published(PublicReply doc)
    {
        var disclosed = doc.Answers.Where(a => a.Scope != DisclosureScope.None && doc.LeadUnits.Contains(a.Unit)).ToArray();
        var publishedOn = doc.RepliedOn is { } repliedOn && disclosed.Length > 0 ? Publication.PublishedOn(repliedOn, doc.Answers) : (DateOnly?)null;
        var withText = publishedOn is not null && doc.Consent == DisclosureConsent.Full;
        return doc with
        {
            PublishedOn = publishedOn,
            UnitIds = withText ? [.. doc.LeadUnits, .. doc.CoUnits] : [],
            Categories = withText ? disclosed.Select(a => a.Category).Distinct().ToArray() : [],
            TitleTerms = publishedOn is null ? null : SearchTerms.Of([doc.Title]),
            TextTerms = withText ? SearchTerms.Of([doc.Content, .. disclosed.Select(a => a.Text)]) : null,
        };
    }
}
