using Proposals.Domain.Common;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Reading;

// The handling history of an item as its read model keeps it.

public sealed record AssignmentRecord(IReadOnlyList<string> LeadUnits, IReadOnlyList<string> CoUnits, DateOnly DueOn, string? Reason, Actor By, DateTimeOffset At);

public sealed record ReassignmentRequestRecord(string Unit, string Reason, Actor By, DateTimeOffset At);

public sealed record ContactRecord(string Unit, DateOnly On, ContactMethod Method, string Summary, Actor By, DateTimeOffset At);

public sealed record OpinionRecord(string Unit, int Round, string? Content, DateTimeOffset At);

public sealed record ExtensionRecord(DateOnly PreviousDueOn, DateOnly DueOn, string Reason, Actor By, DateTimeOffset At);

public sealed record ProgressRecord(string Note, bool Fulfilled, Actor By, DateTimeOffset At);

public sealed record CommitmentRecord(int Number, string Description, DateOnly DueOn, bool Fulfilled, IReadOnlyList<ProgressRecord> Progress);

public sealed record ReplyRecord(
    string Unit,
    int Round,
    string Category,
    string Content,
    string SignedBy,
    ReplyDisclosure Disclosure,
    IReadOnlyList<CommitmentRecord> Commitments,
    DateOnly RepliedOn,
    Actor By,
    DateTimeOffset At);

public sealed record RatingRecord(int Round, Satisfaction Attitude, Satisfaction Result, string? Comment, DateTimeOffset At);

public sealed record ReminderRecord(DateOnly DueOn, int DaysLeft, DateTimeOffset At);
