using System.Collections.Immutable;

namespace Proposals.Domain.Proposals;

/// <summary>The write model of one item: just what its rules need, evolved from its events.</summary>
public sealed record Proposal
{
    public required Guid Id { get; init; }
    public required Guid SessionId { get; init; }
    public required ProposalStatus Status { get; init; }
    public required Proposer Proposer { get; init; }
    public IReadOnlyList<CoSigner> CoSigners { get; init; } = [];
    public ImmutableHashSet<string> WithdrawalAgreedBy { get; init; } = [];
    public int? Number { get; init; }

    // Handling. A round is one cycle of replies: 1 after assignment, +1 after each unsatisfied rating.
    public int Round { get; init; }
    public IReadOnlyList<string> LeadUnits { get; init; } = [];
    public IReadOnlyList<string> CoUnits { get; init; } = [];
    public DateOnly? AssignedOn { get; init; }
    public DateOnly? RoundStartedOn { get; init; }
    public DateOnly? RoundFirstDueOn { get; init; }
    public DateOnly? DueOn { get; init; }
    public DateOnly? RepliedOn { get; init; }
    public ImmutableHashSet<string> ReassignmentRequestedBy { get; init; } = [];
    public ImmutableHashSet<string> AcknowledgedBy { get; init; } = [];
    public ImmutableHashSet<string> ContactedBy { get; init; } = [];
    public ImmutableHashSet<string> OpinionsFrom { get; init; } = [];
    public ImmutableHashSet<string> RepliedBy { get; init; } = [];
    /// <summary>Per lead unit, the commitments of its latest reply and whether each is fulfilled.</summary>
    public ImmutableDictionary<string, ImmutableList<bool>> CommitmentsFulfilled { get; init; } = ImmutableDictionary<string, ImmutableList<bool>>.Empty;
    public DateOnly? RemindedFor { get; init; }
    public DateOnly? OverdueFor { get; init; }

    public static Proposal StartWith(ProposalSubmitted e) => new()
    {
        Id = e.ProposalId,
        SessionId = e.SessionId,
        Status = ProposalStatus.Submitted,
        Proposer = e.Proposer,
        CoSigners = e.CoSigners,
    };

    public Proposal Evolve(object @event) => @event switch
    {
        WithdrawalAgreed e => this with { WithdrawalAgreedBy = WithdrawalAgreedBy.Add(e.By.Id) },
        ProposalWithdrawn => this with { Status = ProposalStatus.Withdrawn },
        ProposalRegistered e => this with { Status = ProposalStatus.Registered, Number = e.Number },
        ProposalDeclined => this with { Status = ProposalStatus.Declined },
        ProposalConverted => this with { Status = ProposalStatus.Converted },
        ProposalMerged => this with { Status = ProposalStatus.Merged },
        ProposalAssigned e => Assigned(e),
        ReassignmentRequested e => this with { ReassignmentRequestedBy = ReassignmentRequestedBy.Add(e.Unit) },
        AssignmentAcknowledged e => this with
        {
            AcknowledgedBy = AcknowledgedBy.Add(e.Unit),
            Status = Status == ProposalStatus.Assigned ? ProposalStatus.InProgress : Status,
        },
        ProposerContacted e => this with { ContactedBy = ContactedBy.Add(e.Unit) },
        CoOrganizerOpinionGiven e => this with { OpinionsFrom = OpinionsFrom.Add(e.Unit) },
        DeadlineExtended e => this with { DueOn = e.DueOn },
        ReplyIssued e => Replied(e),
        RehandlingStarted e => this with
        {
            Status = ProposalStatus.Rehandling,
            Round = e.Round,
            RoundStartedOn = e.StartedOn,
            RoundFirstDueOn = e.DueOn,
            DueOn = e.DueOn,
            RepliedOn = null,
            AcknowledgedBy = [],
            ContactedBy = [],
            OpinionsFrom = [],
            RepliedBy = [],
        },
        CommitmentProgressReported e when e.Fulfilled => this with
        {
            CommitmentsFulfilled = CommitmentsFulfilled.SetItem(e.Unit, CommitmentsFulfilled[e.Unit].SetItem(e.Number - 1, true)),
        },
        ProposalClosed => this with { Status = ProposalStatus.Closed },
        DeadlineReminderIssued e => this with { RemindedFor = e.DueOn },
        ProposalOverdue e => this with { OverdueFor = e.DueOn },
        _ => this,
    };

    private Proposal Assigned(ProposalAssigned e)
    {
        var units = e.LeadUnits.Concat(e.CoUnits).ToHashSet();
        var repliedBy = RepliedBy.Intersect(e.LeadUnits);
        // A transfer that keeps only lead units which already answered this round leaves nothing owed.
        var allReplied = RoundReplies.AllLeadUnitsReplied(e.LeadUnits, repliedBy);
        return this with
        {
            Status = allReplied ? ProposalStatus.Replied : Status == ProposalStatus.Rehandling ? ProposalStatus.Rehandling : ProposalStatus.Assigned,
            RepliedOn = allReplied ? e.AssignedOn : RepliedOn,
            Round = Math.Max(Round, 1),
            LeadUnits = e.LeadUnits,
            CoUnits = e.CoUnits,
            AssignedOn = e.AssignedOn,
            RoundStartedOn = e.AssignedOn,
            RoundFirstDueOn = e.DueOn,
            DueOn = e.DueOn,
            ReassignmentRequestedBy = [],
            AcknowledgedBy = [],
            ContactedBy = ContactedBy.Intersect(units),
            OpinionsFrom = OpinionsFrom.Intersect(e.CoUnits),
            RepliedBy = repliedBy,
        };
    }

    private Proposal Replied(ReplyIssued e)
    {
        var repliedBy = RepliedBy.Add(e.Unit);
        var all = RoundReplies.AllLeadUnitsReplied(LeadUnits, repliedBy);
        return this with
        {
            RepliedBy = repliedBy,
            CommitmentsFulfilled = CommitmentsFulfilled.SetItem(e.Unit, e.Commitments.Select(_ => false).ToImmutableList()),
            Status = all ? ProposalStatus.Replied : Status,
            RepliedOn = all ? e.RepliedOn : RepliedOn,
        };
    }

    /// <summary>Everyone whose agreement a withdrawal needs: the lead proposer and co-signers with accounts.</summary>
    public IEnumerable<string> SignerIds =>
        CoSigners.Where(c => c.Id is not null).Select(c => c.Id!).Prepend(Proposer.Id).Distinct();

    public bool IsSignedBy(string userId) => SignerIds.Contains(userId);

    public bool IsLeadUnit(string? unit) => unit is not null && LeadUnits.Contains(unit);

    public bool IsCoUnit(string? unit) => unit is not null && CoUnits.Contains(unit);

    public bool IsAssignedTo(string? unit) => IsLeadUnit(unit) || IsCoUnit(unit);
}
