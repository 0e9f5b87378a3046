namespace Proposals.Domain.Proposals;

/// <summary>How a unit met the proposer (见面/电话/走访 …).</summary>
public enum ContactMethod { Meeting, Phone, Visit, Letter, Online }

/// <summary>How much of a reply the public may read.</summary>
public enum DisclosureScope { Full, Summary, None }

public sealed record ReplyDisclosure(DisclosureScope Scope, string? Summary, string? Reason);

/// <summary>A promise in a B or C answer, followed up until fulfilled (跟踪办理).</summary>
public sealed record Commitment(string Description, DateOnly DueOn);

/// <summary>满意 / 基本满意 / 不满意.</summary>
public enum Satisfaction { Satisfied, BasicallySatisfied, Unsatisfied }

public enum DeadlineCheckKind { Reminder, Overdue }
