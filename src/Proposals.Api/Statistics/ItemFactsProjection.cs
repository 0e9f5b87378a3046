using Marten.Events.Aggregation;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Statistics;

/// <summary>Status follows the same rules as <see cref="Proposal.Evolve"/>; the rest is what the figures count.</summary>
public sealed class ItemFactsProjection : SingleStreamProjection<ItemFacts, Guid>
{
    public static ItemFacts Create(ProposalSubmitted e) => new()
    {
        Id = e.ProposalId,
        SessionId = e.SessionId,
        Kind = e.Kind,
        Category = e.Category,
        Status = ProposalStatus.Submitted,
    };

    public static ItemFacts Apply(ProposalWithdrawn _, ItemFacts facts) => facts with { Status = ProposalStatus.Withdrawn };

    public static ItemFacts Apply(ProposalRegistered _, ItemFacts facts) => facts with { Status = ProposalStatus.Registered };

    public static ItemFacts Apply(ProposalDeclined _, ItemFacts facts) => facts with { Status = ProposalStatus.Declined };

    public static ItemFacts Apply(ProposalConverted _, ItemFacts facts) => facts with { Status = ProposalStatus.Converted };

    public static ItemFacts Apply(ProposalMerged _, ItemFacts facts) => facts with { Status = ProposalStatus.Merged };

    public static ItemFacts Apply(ProposalAssigned e, ItemFacts facts) => facts with
    {
        Status = facts.Status == ProposalStatus.Rehandling ? ProposalStatus.Rehandling : ProposalStatus.Assigned,
        Round = Math.Max(facts.Round, 1),
        LeadUnits = e.LeadUnits,
        CoUnits = e.CoUnits,
        Assigned = true,
        DueOn = e.DueOn,
    };

    public static ItemFacts Apply(AssignmentAcknowledged _, ItemFacts facts) =>
        facts.Status == ProposalStatus.Assigned ? facts with { Status = ProposalStatus.InProgress } : facts;

    public static ItemFacts Apply(ProposerContacted e, ItemFacts facts) =>
        facts.ContactedBy.Contains(e.Unit) ? facts : facts with { ContactedBy = [.. facts.ContactedBy, e.Unit] };

    public static ItemFacts Apply(DeadlineExtended e, ItemFacts facts) => facts with { DueOn = e.DueOn };

    public static ItemFacts Apply(ReplyIssued e, ItemFacts facts)
    {
        var earlier = facts.Replies.FirstOrDefault(r => r.Unit == e.Unit);
        var reply = earlier is null
            ? new UnitReply(e.Unit, e.RepliedOn, facts.DueOn ?? e.RepliedOn, e.Round, e.Category)
            : earlier with { LatestRound = e.Round, LatestCategory = e.Category };
        var replies = facts.Replies.Where(r => r.Unit != e.Unit).Append(reply).ToArray();

        var all = facts.LeadUnits.All(unit => replies.Any(r => r.Unit == unit && r.LatestRound == e.Round));
        var first = all && facts.RepliedOn is null;
        return facts with
        {
            Replies = replies,
            Status = all ? ProposalStatus.Replied : facts.Status,
            RepliedOn = first ? e.RepliedOn : facts.RepliedOn,
            DueOnWhenReplied = first ? facts.DueOn : facts.DueOnWhenReplied,
        };
    }

    public static ItemFacts Apply(ReplyRated e, ItemFacts facts) => facts with
    {
        Ratings = [.. facts.Ratings.Where(r => r.Round != e.Round), new RoundRating(e.Round, e.Attitude, e.Result)],
    };

    public static ItemFacts Apply(RehandlingStarted e, ItemFacts facts) =>
        facts with { Status = ProposalStatus.Rehandling, Round = e.Round, DueOn = e.DueOn };

    public static ItemFacts Apply(ProposalClosed _, ItemFacts facts) => facts with { Status = ProposalStatus.Closed };
}
