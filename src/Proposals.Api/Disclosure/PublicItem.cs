using Marten;
using Proposals.Api.Sessions;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Disclosure;

/// <summary>A published item as anyone may read it. A title-only item has no content, proposer, units or replies.</summary>
public sealed record PublicItem(
    Guid Id,
    int? Number,
    string? DisplayNumber,
    string Title,
    string? Content,
    ProposalKind Kind,
    PublicSession Session,
    DisclosureConsent Disclosure,
    string? Proposer,
    IReadOnlyList<PublicUnit> LeadUnits,
    IReadOnlyList<PublicUnit> CoUnits,
    DateOnly RepliedOn,
    DateOnly PublishedOn,
    IReadOnlyList<PublicReplyText> Replies);

public sealed record PublicSession(Guid Id, string Name);

public sealed record PublicUnit(string Id, string Name);

/// <summary>One lead unit's reply: its full text, or the summary when only that is disclosed.</summary>
public sealed record PublicReplyText(PublicUnit Unit, string Category, DateOnly RepliedOn, DisclosureScope Scope, string Text);

public sealed record PublicPage(IReadOnlyList<PublicItem> Items, long Total, int Page, int PageSize);

public static class PublicItems
{
    /// <summary>The documents as the public reads them, with the names of their sessions and units.</summary>
    public static async Task<IReadOnlyList<PublicItem>> DescribeAsync(IQuerySession session, IReadOnlyList<PublicReply> docs, CancellationToken ct)
    {
        var sessions = (await session.LoadManyAsync<SessionView>(ct, docs.Select(d => d.SessionId).Distinct()))
            .ToDictionary(s => s.Id, s => s.Name);
        var units = (await session.LoadManyAsync<Units.Unit>(ct, docs.SelectMany(d => d.UnitIds).Distinct()))
            .ToDictionary(u => u.Id, u => u.Name);

        PublicUnit Unit(string id) => new(id, units.GetValueOrDefault(id) ?? id);

        return docs.Select(d =>
        {
            var full = d.Consent == DisclosureConsent.Full;
            return new PublicItem(
                d.Id, d.Number, d.DisplayNumber, d.Title, full ? d.Content : null, d.Kind, new PublicSession(d.SessionId, sessions.GetValueOrDefault(d.SessionId) ?? ""),
                d.Consent, full ? d.ProposerName : null,
                full ? d.LeadUnits.Select(Unit).ToArray() : [],
                full ? d.CoUnits.Select(Unit).ToArray() : [],
                d.RepliedOn!.Value, d.PublishedOn!.Value,
                full ? d.DisclosedAnswers().Select(a => new PublicReplyText(Unit(a.Unit), a.Category, a.RepliedOn, a.Scope, a.Text!)).ToArray() : []);
        }).ToArray();
    }
}
