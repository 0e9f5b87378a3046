using System.Security.Claims;
using Proposals.Api.Auth;
using Proposals.Domain.Common;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Reading;

/// <summary>What GET returns for one item, cut to what the reader may see.</summary>
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
    int Round,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> CoUnits,
    DateOnly? AssignedOn,
    DateOnly? DueOn,
    int? DaysLeft,
    bool Overdue,
    DateOnly? OpinionDueOn,
    DateOnly? RepliedOn,
    DateTimeOffset? ClosedAt,
    string? ClosureReason,
    IReadOnlyList<AssignmentRecord> Assignments,
    IReadOnlyList<ReassignmentRequestRecord> ReassignmentRequests,
    IReadOnlyList<string> AcknowledgedBy,
    IReadOnlyList<ContactRecord> Contacts,
    IReadOnlyList<OpinionRecord> Opinions,
    IReadOnlyList<ExtensionRecord> Extensions,
    IReadOnlyList<ReplyRecord> Replies,
    IReadOnlyList<RatingRecord> Ratings,
    IReadOnlyList<ReminderRecord> Reminders,
    int Version,
    HandledWith? HandledWith = null)
{
    public static ProposalDetails From(ProposalView v, ClaimsPrincipal reader, DateOnly today)
    {
        var (daysLeft, overdue) = Deadline.Of(v, today);
        return new(
            v.Id, v.SessionId, v.Kind, v.Status, v.Number, v.DisplayNumber, v.Title, v.Content, v.Category, v.Delegation,
            v.Proposer, v.CoSigners, v.DisclosureConsent, v.RaisedBetweenSessions, v.SubmittedAt, v.LastActivityAt,
            v.WithdrawalAgreedBy, v.DeclineReason, v.ConversionReason, v.MergedIntoId,
            v.Round, v.LeadUnits, v.CoUnits, v.AssignedOn, v.DueOn, daysLeft, overdue, v.OpinionDueOn, v.RepliedOn, v.ClosedAt, v.ClosureReason,
            v.Assignments,
            reader.IsIn("proposer") ? [] : v.ReassignmentRequests,
            v.AcknowledgedBy, v.Contacts, OpinionsFor(v, reader), v.Extensions, v.Replies, v.Ratings, v.Reminders, v.Version);
    }

    // Co-organizer opinions go to the lead units: a proposer learns only that they exist, a co-organizer sees its own.
    private static IReadOnlyList<OpinionRecord> OpinionsFor(ProposalView v, ClaimsPrincipal reader)
    {
        if (reader.IsIn("coordinator")) return v.Opinions;
        if (reader.IsIn("handler"))
        {
            var unit = reader.ToActor().Unit;
            return v.LeadUnits.Contains(unit!) ? v.Opinions : v.Opinions.Where(o => o.Unit == unit).ToArray();
        }
        return v.Opinions.Select(o => o with { Content = null }).ToArray();
    }
}

public static class Deadline
{
    /// <summary>Days left until the due date (negative when overdue) while a reply is owed.</summary>
    public static (int? DaysLeft, bool Overdue) Of(ProposalView v, DateOnly today)
    {
        if (v.DueOn is not { } due || !v.Status.AwaitsReply()) return (null, false);
        var left = due.DayNumber - today.DayNumber;
        return (left, left < 0);
    }

    public static DateOnly Today(TimeProvider clock) => ChinaTime.Today(clock.GetUtcNow());
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
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> CoUnits,
    int Round,
    DateOnly? DueOn,
    int? DaysLeft,
    bool Overdue,
    DateTimeOffset SubmittedAt,
    DateTimeOffset LastActivityAt,
    int Version)
{
    public static ProposalSummary From(ProposalView v, DateOnly today)
    {
        var (daysLeft, overdue) = Deadline.Of(v, today);
        return new(v.Id, v.SessionId, v.Kind, v.Status, v.Number, v.DisplayNumber, v.Title, v.Proposer, v.LeadUnits, v.CoUnits,
            v.Round, v.DueOn, daysLeft, overdue, v.SubmittedAt, v.LastActivityAt, v.Version);
    }
}

public sealed record ProposalPage(IReadOnlyList<ProposalSummary> Items, long Total, int Page, int PageSize);

/// <summary>One event of an item's history, as people read it.</summary>
public sealed record HistoryEntry(string Type, DateTimeOffset At, HistoryActor Actor, object Data);

public sealed record HistoryActor(string Id, string Name, string Role);
