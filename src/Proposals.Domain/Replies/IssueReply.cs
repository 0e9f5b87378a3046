using Proposals.Domain.Common;
using Proposals.Domain.Handling;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Replies;

public sealed record IssueReply(
    string? Category,
    string? Content,
    string? SignedBy,
    DisclosureScope? Scope,
    string? Summary,
    string? NoDisclosureReason,
    IReadOnlyList<Commitment> Commitments);

/// <summary>答复: each lead unit replies once per round; the item is replied when all lead units have.</summary>
public static class Reply
{
    public const int MaxContent = 50_000;

    public static Decision Decide(Proposal proposal, IssueReply command, HandlingPolicy policy, WorkingCalendar calendar, Actor by, DateTimeOffset at)
    {
        if (HandlerGuards.RequireAssignedHandler(proposal, by, "reply") is { } notHandler) return notHandler;
        if (!proposal.IsLeadUnit(by.Unit)) return new NotPermitted("Only a lead unit replies; co-organizers give their opinion to it.");

        var today = ChinaTime.Today(at);
        var category = policy.Category(command.Category);
        var broken = Validate(command, category, policy, today).ToArray();
        if (broken.Length > 0) return Decision.Reject(broken);

        if (HandlerGuards.RequireAwaitingReply(proposal, "reply") is { } notAwaiting) return notAwaiting;
        if (proposal.RepliedBy.Contains(by.Unit!)) return new StateForbids("Your unit has already replied in this round.");
        if (policy.ContactRequiredBeforeReply && !proposal.ContactedBy.Contains(by.Unit!))
            return new StateForbids("Record a contact with the proposer before replying (the jurisdiction's policy requires it).");

        var disclosure = new ReplyDisclosure(command.Scope!.Value, Trimmed(command.Summary), Trimmed(command.NoDisclosureReason));
        var commitments = command.Commitments.Select(c => c with { Description = c.Description.Trim() }).ToArray();
        return Decision.Accept(new ReplyIssued(
            proposal.Id, by.Unit!, proposal.Round, category!.Code, command.Content!.Trim(), command.SignedBy!.Trim(),
            disclosure, commitments, today, by, at, calendar.AddWorkingDays(today, policy.PublicationDelayWorkingDays)));
    }

    private static IEnumerable<InvalidField> Validate(IssueReply command, ReplyCategory? category, HandlingPolicy policy, DateOnly today)
    {
        if (category is null)
            yield return new InvalidField("category", $"'category' must be one of {string.Join(", ", policy.Categories.Select(c => c.Code))}.");
        if (Rules.Text("content", command.Content, 1, MaxContent) is { } content) yield return content;
        if (Rules.Text("signedBy", command.SignedBy, 1, 100) is { } signedBy) yield return signedBy;

        switch (command.Scope)
        {
            case null:
                yield return new InvalidField("disclosure.scope", "'disclosure.scope' is required: full, summary or none.");
                break;
            case DisclosureScope.Summary when string.IsNullOrWhiteSpace(command.Summary):
                yield return new InvalidField("disclosure.summary", "A summary disclosure needs the summary.");
                break;
            case DisclosureScope.None when string.IsNullOrWhiteSpace(command.NoDisclosureReason):
                yield return new InvalidField("disclosure.reason", "A reply that is not disclosed records why.");
                break;
        }
        if (Rules.OptionalText("disclosure.summary", command.Summary, 5_000) is { } summary) yield return summary;
        if (Rules.OptionalText("disclosure.reason", command.NoDisclosureReason, 2_000) is { } reason) yield return reason;

        if (category is { NeedsCommitment: true } && command.Commitments.Count == 0)
            yield return new InvalidField("commitments", $"A {category.Code.ToUpperInvariant()} answer needs at least one commitment.");
        for (var i = 0; i < command.Commitments.Count; i++)
        {
            if (Rules.Text($"commitments[{i}].description", command.Commitments[i].Description, 1, 1_000) is { } description) yield return description;
            if (command.Commitments[i].DueOn < today) yield return new InvalidField($"commitments[{i}].dueOn", "A commitment cannot be due in the past.");
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
