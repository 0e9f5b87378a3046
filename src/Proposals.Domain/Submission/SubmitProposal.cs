using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
using Proposals.Domain.Sessions;

namespace Proposals.Domain.Submission;

public sealed record SubmitProposal(
    Guid ProposalId,
    Guid SessionId,
    string? Title,
    string? Content,
    string? Category,
    string? Delegation,
    IReadOnlyList<CoSigner> CoSigners,
    DisclosureConsent DisclosureConsent,
    bool RaisedBetweenSessions);

public static class SubmissionRules
{
    public const int MaxTitle = 200;
    public const int MaxContent = 50_000;
    public const int MaxShortText = 100;
    public const int MaxCoSigners = 500;

    /// <param name="session">The session named by the command, or null when the tenant has no such session.</param>
    public static Decision Decide(SubmitProposal command, SessionRegister? session, Actor by, DateTimeOffset at)
    {
        if (Rules.RequireRole(by, Role.Proposer, "submit an item") is { } notProposer) return notProposer;

        var coSigners = command.CoSigners.Select(c => new CoSigner(Blank(c.Id), c.Name?.Trim() ?? "")).ToArray();
        var broken = Validate(command, coSigners, session, by).ToArray();
        if (broken.Length > 0) return Decision.Reject(broken);

        return Decision.Accept(new ProposalSubmitted(
            command.ProposalId,
            session!.Id,
            ProposalKinds.For(session.Body),
            command.Title!.Trim(),
            command.Content!.Trim(),
            Blank(command.Category),
            Blank(command.Delegation),
            new Proposer(by.Id, by.Name),
            coSigners,
            command.DisclosureConsent,
            command.RaisedBetweenSessions,
            by,
            at));
    }

    private static IEnumerable<InvalidField> Validate(SubmitProposal command, CoSigner[] coSigners, SessionRegister? session, Actor by)
    {
        if (session is null) yield return new InvalidField("sessionId", "No such session in this jurisdiction.");
        if (Rules.Text("title", command.Title, 1, MaxTitle) is { } title) yield return title;
        if (Rules.Text("content", command.Content, 1, MaxContent) is { } content) yield return content;
        if (Rules.OptionalText("category", command.Category, MaxShortText) is { } category) yield return category;
        if (Rules.OptionalText("delegation", command.Delegation, MaxShortText) is { } delegation) yield return delegation;

        if (coSigners.Length > MaxCoSigners)
            yield return new InvalidField("coSigners", $"An item may have at most {MaxCoSigners} co-signers.");
        for (var i = 0; i < coSigners.Length; i++)
        {
            var coSigner = coSigners[i];
            if (Rules.Text($"coSigners[{i}].name", coSigner.Name, 1, MaxShortText) is { } name) yield return name;
            if (coSigner.Id is not null && coSigner.Id == by.Id)
                yield return new InvalidField($"coSigners[{i}].id", "The lead proposer cannot also co-sign.");
        }

        var repeated = coSigners.Where(c => c.Id is not null).GroupBy(c => c.Id).Where(g => g.Count() > 1);
        foreach (var group in repeated)
            yield return new InvalidField("coSigners", $"Co-signer '{group.Key}' is listed more than once.");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
