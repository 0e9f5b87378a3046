using Marten.Events.Aggregation;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Reading;

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
        SubmittedAt = e.At.ToUniversalTime(), // a database column (see MartenSetup), which holds UTC only
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

    public static ProposalView Apply(ProposalAssigned e, ProposalView view)
    {
        // A transfer that keeps only lead units which already answered this round leaves nothing owed.
        var allReplied = view.Round > 0 && RoundReplies.AllLeadUnitsReplied(e.LeadUnits, view.Replies.Where(r => r.Round == view.Round).Select(r => r.Unit));
        return Assigned(e, view) with
        {
            Status = allReplied ? ProposalStatus.Replied : view.Status == ProposalStatus.Rehandling ? ProposalStatus.Rehandling : ProposalStatus.Assigned,
            RepliedOn = allReplied ? e.AssignedOn : view.RepliedOn,
        };
    }

    private static ProposalView Assigned(ProposalAssigned e, ProposalView view) => view with
    {
        Round = Math.Max(view.Round, 1),
        LeadUnits = e.LeadUnits,
        CoUnits = e.CoUnits,
        Units = [.. e.LeadUnits, .. e.CoUnits],
        AssignedOn = e.AssignedOn,
        DueOn = e.DueOn,
        OpinionDueOn = e.OpinionDueOn,
        AcknowledgedBy = [],
        OverdueFor = null,
        Assignments = [.. view.Assignments, new AssignmentRecord(e.LeadUnits, e.CoUnits, e.DueOn, e.Reason, e.By, e.At)],
        LastActivityAt = e.At,
    };

    public static ProposalView Apply(ReassignmentRequested e, ProposalView view) => view with
    {
        ReassignmentRequests = [.. view.ReassignmentRequests, new ReassignmentRequestRecord(e.Unit, e.Reason, e.By, e.At)],
        LastActivityAt = e.At,
    };

    public static ProposalView Apply(AssignmentAcknowledged e, ProposalView view) => view with
    {
        AcknowledgedBy = [.. view.AcknowledgedBy, e.Unit],
        Status = view.Status == ProposalStatus.Assigned ? ProposalStatus.InProgress : view.Status,
        LastActivityAt = e.At,
    };

    public static ProposalView Apply(ProposerContacted e, ProposalView view) => view with
    {
        Contacts = [.. view.Contacts, new ContactRecord(e.Unit, e.On, e.Method, e.Summary, e.By, e.At)],
        LastActivityAt = e.At,
    };

    public static ProposalView Apply(CoOrganizerOpinionGiven e, ProposalView view) => view with
    {
        Opinions = [.. view.Opinions, new OpinionRecord(e.Unit, e.Round, e.Content, e.At)],
        LastActivityAt = e.At,
    };

    public static ProposalView Apply(DeadlineExtended e, ProposalView view) => view with
    {
        DueOn = e.DueOn,
        OverdueFor = null,
        Extensions = [.. view.Extensions, new ExtensionRecord(e.PreviousDueOn, e.DueOn, e.Reason, e.By, e.At)],
        LastActivityAt = e.At,
    };

    public static ProposalView Apply(ReplyIssued e, ProposalView view)
    {
        var commitments = e.Commitments.Select((c, i) => new CommitmentRecord(i + 1, c.Description, c.DueOn, false, [])).ToArray();
        var replies = view.Replies.Append(new ReplyRecord(e.Unit, e.Round, e.Category, e.Content, e.SignedBy, e.Disclosure, commitments, e.RepliedOn, e.By, e.At)).ToArray();
        var all = RoundReplies.AllLeadUnitsReplied(view.LeadUnits, replies.Where(r => r.Round == e.Round).Select(r => r.Unit));
        return view with
        {
            Replies = replies,
            Status = all ? ProposalStatus.Replied : view.Status,
            RepliedOn = all ? e.RepliedOn : view.RepliedOn,
            LastActivityAt = e.At,
        };
    }

    public static ProposalView Apply(ReplyRated e, ProposalView view) => view with
    {
        Ratings = [.. view.Ratings, new RatingRecord(e.Round, e.Attitude, e.Result, e.Comment, e.At)],
        LastActivityAt = e.At,
    };

    public static ProposalView Apply(RehandlingStarted e, ProposalView view) => view with
    {
        Status = ProposalStatus.Rehandling,
        Round = e.Round,
        DueOn = e.DueOn,
        RepliedOn = null,
        AcknowledgedBy = [],
        OverdueFor = null,
        LastActivityAt = e.At,
    };

    public static ProposalView Apply(CommitmentProgressReported e, ProposalView view)
    {
        var latest = view.Replies.Last(r => r.Unit == e.Unit);
        var commitments = latest.Commitments.Select(c => c.Number != e.Number ? c : c with
        {
            Fulfilled = c.Fulfilled || e.Fulfilled,
            Progress = [.. c.Progress, new ProgressRecord(e.Note, e.Fulfilled, e.By, e.At)],
        }).ToArray();
        return view with
        {
            Replies = view.Replies.Select(r => ReferenceEquals(r, latest) ? r with { Commitments = commitments } : r).ToArray(),
            LastActivityAt = e.At,
        };
    }

    public static ProposalView Apply(ProposalClosed e, ProposalView view) =>
        view with { Status = ProposalStatus.Closed, ClosedAt = e.At, ClosureReason = e.Reason, LastActivityAt = e.At };

    public static ProposalView Apply(DeadlineReminderIssued e, ProposalView view) =>
        view with { Reminders = [.. view.Reminders, new ReminderRecord(e.DueOn, e.DaysLeft, e.At)] };

    public static ProposalView Apply(ProposalOverdue e, ProposalView view) => view with { OverdueFor = e.DueOn };
}
