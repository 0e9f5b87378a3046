using Proposals.Domain.Common;

namespace Proposals.Domain.Proposals;

/// <summary>交办: lead units (several for parallel handling, 分办) and co-organizers. Again with a reason: a transfer.</summary>
public sealed record ProposalAssigned(
    Guid ProposalId,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> CoUnits,
    DateOnly AssignedOn,
    DateOnly DueOn,
    DateOnly OpinionDueOn,
    string? Reason,
    Actor By,
    DateTimeOffset At) : IAttributed;

/// <summary>申请调整: a unit says the item is not its business; only the coordinator reassigns.</summary>
public sealed record ReassignmentRequested(Guid ProposalId, string Unit, string Reason, Actor By, DateTimeOffset At) : IAttributed;

/// <summary>签收.</summary>
public sealed record AssignmentAcknowledged(Guid ProposalId, string Unit, Actor By, DateTimeOffset At) : IAttributed;

public sealed record ProposerContacted(Guid ProposalId, string Unit, DateOnly On, ContactMethod Method, string Summary, Actor By, DateTimeOffset At) : IAttributed;

/// <summary>协办意见: a co-organizer's written opinion to the lead units.</summary>
public sealed record CoOrganizerOpinionGiven(Guid ProposalId, string Unit, int Round, string Content, Actor By, DateTimeOffset At) : IAttributed;

/// <summary>延期.</summary>
public sealed record DeadlineExtended(Guid ProposalId, DateOnly PreviousDueOn, DateOnly DueOn, string Reason, Actor By, DateTimeOffset At) : IAttributed;

/// <summary>答复: a lead unit's formal letter, signed off by its leader (签发).</summary>
/// <param name="PublishOn">
/// The first day the reply may be public, by the jurisdiction's publication delay when it was given. Absent from replies
/// recorded before there was a delay: those are public from <paramref name="RepliedOn"/>.
/// </param>
public sealed record ReplyIssued(
    Guid ProposalId,
    string Unit,
    int Round,
    string Category,
    string Content,
    string SignedBy,
    ReplyDisclosure Disclosure,
    IReadOnlyList<Commitment> Commitments,
    DateOnly RepliedOn,
    Actor By,
    DateTimeOffset At,
    DateOnly? PublishOn = null) : IAttributed;

/// <summary>评价: attitude and result, rated separately.</summary>
public sealed record ReplyRated(Guid ProposalId, int Round, Satisfaction Attitude, Satisfaction Result, string? Comment, Actor By, DateTimeOffset At) : IAttributed;

/// <summary>再办理: after an unsatisfied result the lead units answer again.</summary>
public sealed record RehandlingStarted(Guid ProposalId, int Round, DateOnly StartedOn, DateOnly DueOn, Actor By, DateTimeOffset At) : IAttributed;

public sealed record CommitmentProgressReported(Guid ProposalId, string Unit, int Number, string Note, bool Fulfilled, Actor By, DateTimeOffset At) : IAttributed;

/// <summary>办结.</summary>
public sealed record ProposalClosed(Guid ProposalId, string? Reason, Actor By, DateTimeOffset At) : IAttributed;

/// <summary>催办: the due date is near.</summary>
public sealed record DeadlineReminderIssued(Guid ProposalId, DateOnly DueOn, int DaysLeft, Actor By, DateTimeOffset At) : IAttributed;

public sealed record ProposalOverdue(Guid ProposalId, DateOnly DueOn, Actor By, DateTimeOffset At) : IAttributed;
