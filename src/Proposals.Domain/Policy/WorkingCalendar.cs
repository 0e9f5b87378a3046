namespace Proposals.Domain.Policy;

/// <summary>
/// Which days are working days in a jurisdiction: Monday to Friday, except its public holidays, plus
/// the weekend days made working days around them (调休). A day listed as a workday is one, even if
/// it is also listed as a holiday.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workdays;

    public WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workdays)
    {
        _holidays = [.. holidays];
        _workdays = [.. workdays];
    }

    /// <summary>Saturday and Sunday off, no holidays.</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new([], []);

    public bool IsWorkingDay(DateOnly day) =>
        _workdays.Contains(day) || (!_holidays.Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>
    /// The day on which <paramref name="days"/> working days after <paramref name="from"/> have passed:
    /// <paramref name="from"/> itself does not count, the result is always a working day (unless
    /// <paramref name="days"/> is 0, which gives <paramref name="from"/>).
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = from;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) days--;
        }
        return day;
    }

    /// <summary>The number of working days d with <paramref name="from"/> &lt; d ≤ <paramref name="to"/>; 0 when <paramref name="to"/> ≤ <paramref name="from"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }
}
