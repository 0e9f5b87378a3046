using Marten.Events.Aggregation;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Statistics;

/// <summary>Status follows the same rules as the item itself (<see cref="Proposal.Evolve"/>); the rest is what the figures count.</summary>
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

    public static ItemFacts Apply(ProposalAssigned e, ItemFacts facts)
    {
        // A transfer that keeps only lead units which already answered this round leaves nothing owed:
        // the item is replied that day, against the due date it was handled under until then.
        var allReplied = facts.Round > 0 && RoundReplies.AllLeadUnitsReplied(e.LeadUnits, facts.Replies.Where(r => r.LatestRound == facts.Round).Select(r => r.Unit));
        var first = allReplied && facts.RepliedOn is null;
        return WithLeads(facts with
        {
            Status = allReplied ? ProposalStatus.Replied : facts.Status == ProposalStatus.Rehandling ? ProposalStatus.Rehandling : ProposalStatus.Assigned,
            Round = Math.Max(facts.Round, 1),
            Assigned = true,
            LeadUnits = e.LeadUnits,
            CoUnits = e.CoUnits,
            DueOn = e.DueOn,
            RepliedOn = first ? e.AssignedOn : facts.RepliedOn,
            DueOnWhenReplied = first ? facts.DueOn : facts.DueOnWhenReplied,
            RepliedOnTime = first ? e.AssignedOn <= facts.DueOn : facts.RepliedOnTime,
        });
    }

    public static ItemFacts Apply(AssignmentAcknowledged _, ItemFacts facts) =>
        facts.Status == ProposalStatus.Assigned ? facts with { Status = ProposalStatus.InProgress } : facts;

    public static ItemFacts Apply(ProposerContacted e, ItemFacts facts) =>
        facts.ContactedBy.Contains(e.Unit) ? facts : WithLeads(facts with { ContactedBy = [.. facts.ContactedBy, e.Unit], Contacted = true });

    public static ItemFacts Apply(DeadlineExtended e, ItemFacts facts) => facts with { DueOn = e.DueOn };

    public static ItemFacts Apply(ReplyIssued e, ItemFacts facts)
    {
        var earlier = facts.Replies.FirstOrDefault(r => r.Unit == e.Unit);
        var reply = earlier is null
            ? new UnitReply(e.Unit, e.RepliedOn, facts.DueOn ?? e.RepliedOn, e.Round, e.Category)
            : earlier with { LatestRound = e.Round, LatestCategory = e.Category };
        var replies = facts.Replies.Where(r => r.Unit != e.Unit).Append(reply).ToArray();

        var all = RoundReplies.AllLeadUnitsReplied(facts.LeadUnits, replies.Where(r => r.LatestRound == e.Round).Select(r => r.Unit));
        var first = all && facts.RepliedOn is null;
        return WithLeads(facts with
        {
            Replies = replies,
            Status = all ? ProposalStatus.Replied : facts.Status,
            RepliedOn = first ? e.RepliedOn : facts.RepliedOn,
            DueOnWhenReplied = first ? facts.DueOn : facts.DueOnWhenReplied,
            RepliedOnTime = first ? e.RepliedOn <= facts.DueOn : facts.RepliedOnTime,
        });
    }

    public static ItemFacts Apply(ReplyRated e, ItemFacts facts)
    {
        var rating = new RoundRating(e.Round, e.Attitude, e.Result);
        return facts with { LatestRating = rating, FirstRoundRating = e.Round == 1 ? rating : facts.FirstRoundRating };
    }

    public static ItemFacts Apply(RehandlingStarted e, ItemFacts facts) =>
        facts with { Status = ProposalStatus.Rehandling, Round = e.Round, DueOn = e.DueOn };

    public static ItemFacts Apply(ProposalClosed _, ItemFacts facts) => facts with { Status = ProposalStatus.Closed };

    private static ItemFacts WithLeads(ItemFacts facts) => facts with
    {
        Leads = facts.LeadUnits.Select(unit =>
        {
            var reply = facts.Replies.FirstOrDefault(r => r.Unit == unit);
            return new LeadFacts(unit, reply?.FirstRepliedOn, reply?.DueOnWhenReplied, reply is not null && reply.FirstRepliedOn <= reply.DueOnWhenReplied,
                reply?.LatestCategory, facts.ContactedBy.Contains(unit));
        }).ToArray(),
    };
}
