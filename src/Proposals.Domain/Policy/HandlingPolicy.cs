using Proposals.Domain.Common;

namespace Proposals.Domain.Policy;

/// <summary>
/// A jurisdiction's rules for handling items: its deadlines (calendar months, or working days on the
/// jurisdiction's <see cref="WorkingCalendar"/>) and its reply categories. Every jurisdiction sets its
/// own; one that has not set any works by <see cref="Default"/>.
/// </summary>
public sealed record HandlingPolicy
{
    // Declared before Default: static initialisers run in textual order, and Default's categories read this.
    public static IReadOnlyList<ReplyCategory> DefaultCategories { get; } =
    [
        new("a", "A类：所提问题已经解决或采纳", false),
        new("b", "B类：正在解决或已列入计划解决", true),
        new("c", "C类：因条件限制暂时不能解决，已作解释说明", false),
        new("d", "D类：留作参考", false),
    ];

    public static HandlingPolicy Default { get; } = new();

    /// <summary>The reply is due this many calendar months after assignment.</summary>
    public int ReplyMonths { get; init; } = 3;

    /// <summary>An extension may add at most this many months beyond the first due date.</summary>
    public int ExtensionCapMonths { get; init; } = 3;

    /// <summary>The due date may be at most this many months after assignment, extensions included.</summary>
    public int TotalCapMonths { get; init; } = 6;

    /// <summary>A unit may object to an assignment within this many working days.</summary>
    public int ReassignmentWindowWorkingDays { get; init; } = 7;

    /// <summary>A co-organizer's opinion is due this many months after assignment.</summary>
    public int OpinionDueMonths { get; init; } = 1;

    /// <summary>The proposer may rate the reply within this many working days after it.</summary>
    public int RatingWindowWorkingDays { get; init; } = 20;

    /// <summary>After an unsatisfied rating, the new reply is due this many months later.</summary>
    public int RehandlingMonths { get; init; } = 1;

    /// <summary>The unit must have contacted the proposer before it replies.</summary>
    public bool ContactRequiredBeforeReply { get; init; } = true;

    /// <summary>A reminder goes out this many days before a due date (0: on the day).</summary>
    public int ReminderDaysBefore { get; init; } = 7;

    /// <summary>Replies are published within this many working days after the reply.</summary>
    public int PublicationWorkingDays { get; init; } = 20;

    /// <summary>
    /// A reply is published this many working days after it (0: the day it is given), e.g. to leave the office time to
    /// review what goes public. At most <see cref="PublicationWorkingDays"/>, the deadline it must meet.
    /// </summary>
    public int PublicationDelayWorkingDays { get; init; }

    public IReadOnlyList<ReplyCategory> Categories { get; init; } = DefaultCategories;

    /// <summary>The category with this code, ignoring case; null when there is none.</summary>
    public ReplyCategory? Category(string? code) =>
        code is null ? null : Categories?.FirstOrDefault(c => string.Equals(c?.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Every field out of its range, named in camelCase as in the JSON (e.g. "categories[1].code"); empty when valid.</summary>
    public IReadOnlyList<InvalidField> Validate()
    {
        var errors = new List<InvalidField>();

        void Range(string field, int value, int min, int max, string unit)
        {
            if (value < min || value > max) errors.Add(new InvalidField(field, $"'{field}' must be {min}-{max} {unit}."));
        }

        Range("replyMonths", ReplyMonths, 1, 24, "months");
        Range("extensionCapMonths", ExtensionCapMonths, 0, 24, "months");
        if (TotalCapMonths is < 1 or > 24) Range("totalCapMonths", TotalCapMonths, 1, 24, "months");
        else if (ReplyMonths is >= 1 and <= 24 && TotalCapMonths < ReplyMonths)
            errors.Add(new InvalidField("totalCapMonths", $"'totalCapMonths' ({TotalCapMonths}) may not be less than 'replyMonths' ({ReplyMonths})."));
        Range("reassignmentWindowWorkingDays", ReassignmentWindowWorkingDays, 1, 120, "working days");
        Range("opinionDueMonths", OpinionDueMonths, 1, 24, "months");
        Range("ratingWindowWorkingDays", RatingWindowWorkingDays, 1, 120, "working days");
        Range("rehandlingMonths", RehandlingMonths, 1, 24, "months");
        Range("reminderDaysBefore", ReminderDaysBefore, 0, 60, "days");
        Range("publicationWorkingDays", PublicationWorkingDays, 1, 120, "working days");
        if (PublicationDelayWorkingDays < 0 || PublicationDelayWorkingDays > PublicationWorkingDays)
            errors.Add(new InvalidField("publicationDelayWorkingDays",
                $"'publicationDelayWorkingDays' must be 0-{PublicationWorkingDays} working days: publication may not come later than 'publicationWorkingDays'."));

        if (Categories is null || Categories.Count == 0)
        {
            errors.Add(new InvalidField("categories", "'categories' needs at least one reply category (e.g. a, b, c, d)."));
            return errors;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Categories.Count; i++)
        {
            var at = $"categories[{i}]";
            if (Categories[i] is not { } category)
            {
                errors.Add(new InvalidField(at, $"'{at}' is required."));
                continue;
            }

            if (!IsCode(category.Code))
                errors.Add(new InvalidField($"{at}.code", $"'{at}.code' must be 1-8 lowercase letters, digits or '-' (e.g. 'a')."));
            else if (!codes.Add(category.Code))
                errors.Add(new InvalidField($"{at}.code", $"'{at}.code' repeats '{category.Code}': each code names one category."));

            if (Rules.Text($"{at}.label", category.Label, 1, 100) is { } label) errors.Add(label);
        }

        return errors;
    }

    private static bool IsCode(string? code) =>
        code is { Length: >= 1 and <= 8 } && code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
