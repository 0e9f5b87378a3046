namespace Proposals.Api.Policy;

/// <summary>
/// A jurisdiction's holiday arrangement for one year (e.g. "2024"): the weekdays off and the weekend
/// days worked (调休). Unset years count weekends only. <see cref="UpdatedBy"/> and <see cref="UpdatedAt"/>
/// are null for a year never stored.
/// </summary>
public sealed record CalendarYear(string Id, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> Workdays, string? UpdatedBy, DateTimeOffset? UpdatedAt)
{
    public static CalendarYear Empty(int year) => new(year.ToString(System.Globalization.CultureInfo.InvariantCulture), [], [], null, null);
}
