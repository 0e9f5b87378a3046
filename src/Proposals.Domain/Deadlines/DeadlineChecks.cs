using Proposals.Domain.Common;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Deadlines;

/// <summary>A check planned for a due date: a reminder some days before it, the overdue mark after it.</summary>
public sealed record DeadlineCheck(Guid ProposalId, DeadlineCheckKind Kind, int Round, DateOnly DueOn, DateTimeOffset FireAt);

public static class DeadlineChecks
{
    /// <summary>The checks the item's current due date needs.</summary>
    public static IReadOnlyList<DeadlineCheck> Plan(Proposal proposal, HandlingPolicy policy)
    {
        if (!proposal.Status.AwaitsReply() || proposal.DueOn is not { } due) return [];

        var overdue = new DeadlineCheck(proposal.Id, DeadlineCheckKind.Overdue, proposal.Round, due, ChinaTime.StartOf(due.AddDays(1)));
        if (policy.ReminderDaysBefore <= 0) return [overdue];
        var reminder = new DeadlineCheck(proposal.Id, DeadlineCheckKind.Reminder, proposal.Round, due, ChinaTime.StartOf(due.AddDays(-policy.ReminderDaysBefore)));
        return [reminder, overdue];
    }

    /// <summary>
    /// When a planned check fires: a reminder or the overdue mark, unless the item was answered, its
    /// due date moved, or the check already happened (a check may fire twice; it acts once).
    /// </summary>
    public static Decision Decide(Proposal proposal, DeadlineCheck check, DateTimeOffset at)
    {
        var stale = !proposal.Status.AwaitsReply() || proposal.Round != check.Round || proposal.DueOn != check.DueOn
                    // a reminder that comes after the due date has nothing left to remind of: the overdue mark says it
                    || (check.Kind == DeadlineCheckKind.Reminder && ChinaTime.Today(at) > check.DueOn);
        if (stale || at < check.FireAt) return Decision.Accept();

        return check.Kind switch
        {
            DeadlineCheckKind.Reminder when proposal.RemindedFor != check.DueOn =>
                Decision.Accept(new DeadlineReminderIssued(proposal.Id, check.DueOn, check.DueOn.DayNumber - ChinaTime.Today(at).DayNumber, Actor.System, at)),
            DeadlineCheckKind.Overdue when proposal.OverdueFor != check.DueOn =>
                Decision.Accept(new ProposalOverdue(proposal.Id, check.DueOn, Actor.System, at)),
            _ => Decision.Accept(),
        };
    }
}
