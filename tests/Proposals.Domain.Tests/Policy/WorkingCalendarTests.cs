using Proposals.Domain.Policy;

namespace Proposals.Domain.Tests.Policy;

public class WorkingCalendarTests
{
    private static DateOnly D(int month, int day, int year = 2024) => new(year, month, day);

    /// <summary>
    /// The State Council's 2024 Spring Festival arrangement: off Saturday 10 to Saturday 17 February,
    /// and Sunday 4 and Sunday 18 February worked instead.
    /// </summary>
    private static readonly WorkingCalendar SpringFestival2024 = new(
        Enumerable.Range(10, 8).Select(day => D(2, day)),
        [D(2, 4), D(2, 18)]);

    [Fact]
    public void seven_working_days_from_the_thursday_before_spring_festival_end_on_the_friday_after_it()
    {
        // From Thursday 8 February (not counted):
        //   Fri 9 → 1; Sat 10 to Sat 17 are holidays; Sun 18 is a worked Sunday → 2;
        //   Mon 19 → 3, Tue 20 → 4, Wed 21 → 5, Thu 22 → 6, Fri 23 → 7.
        // So the 7th working day is Friday 23 February (Thursday 22nd would need 8 February itself to count).
        Assert.Equal(D(2, 23), SpringFestival2024.AddWorkingDays(D(2, 8), 7));
        Assert.Equal(D(2, 22), SpringFestival2024.AddWorkingDays(D(2, 8), 6));
        Assert.Equal(D(2, 18), SpringFestival2024.AddWorkingDays(D(2, 8), 2));
        Assert.Equal(D(2, 18), SpringFestival2024.AddWorkingDays(D(2, 9), 1));
    }

    [Fact]
    public void a_worked_sunday_counts_and_holidays_and_weekends_do_not()
    {
        Assert.True(SpringFestival2024.IsWorkingDay(D(2, 4)));      // Sunday, worked
        Assert.True(SpringFestival2024.IsWorkingDay(D(2, 18)));     // Sunday, worked
        Assert.False(SpringFestival2024.IsWorkingDay(D(2, 12)));    // Monday, holiday
        Assert.False(SpringFestival2024.IsWorkingDay(D(2, 3)));     // an ordinary Saturday
        Assert.False(SpringFestival2024.IsWorkingDay(D(2, 25)));    // an ordinary Sunday
        Assert.True(SpringFestival2024.IsWorkingDay(D(2, 8)));      // an ordinary Thursday

        // Friday 2 February: the next working day is the worked Sunday 4 February, not Monday 5.
        Assert.Equal(D(2, 4), SpringFestival2024.AddWorkingDays(D(2, 2), 1));
    }

    [Fact]
    public void a_day_listed_both_as_workday_and_holiday_is_a_working_day()
    {
        var calendar = new WorkingCalendar([D(2, 4)], [D(2, 4)]);

        Assert.True(calendar.IsWorkingDay(D(2, 4)));
    }

    [Fact]
    public void weekends_only_skips_saturdays_and_sundays_and_nothing_else()
    {
        var calendar = WorkingCalendar.WeekendsOnly;

        Assert.False(calendar.IsWorkingDay(D(2, 10)));
        Assert.False(calendar.IsWorkingDay(D(2, 11)));
        Assert.True(calendar.IsWorkingDay(D(2, 12)));    // the Spring Festival Monday is an ordinary day here
        Assert.Equal(D(2, 12), calendar.AddWorkingDays(D(2, 9), 1));     // Friday + 1 → Monday
        Assert.Equal(D(2, 16), calendar.AddWorkingDays(D(2, 8), 6));     // Thursday + 6 → next Friday
        Assert.Equal(D(2, 12), calendar.AddWorkingDays(D(2, 10), 1));    // from a Saturday → Monday
        Assert.Equal(D(3, 7), calendar.AddWorkingDays(D(2, 8), 20));     // 4 whole weeks
    }

    [Fact]
    public void zero_working_days_is_the_day_itself_even_a_holiday()
    {
        Assert.Equal(D(2, 8), SpringFestival2024.AddWorkingDays(D(2, 8), 0));
        Assert.Equal(D(2, 12), SpringFestival2024.AddWorkingDays(D(2, 12), 0));
        Assert.Equal(D(2, 10), WorkingCalendar.WeekendsOnly.AddWorkingDays(D(2, 10), 0));
    }

    [Fact]
    public void a_negative_count_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SpringFestival2024.AddWorkingDays(D(2, 8), -1));
    }

    [Fact]
    public void working_days_between_counts_the_end_but_not_the_start()
    {
        Assert.Equal(7, SpringFestival2024.WorkingDaysBetween(D(2, 8), D(2, 23)));
        Assert.Equal(6, SpringFestival2024.WorkingDaysBetween(D(2, 8), D(2, 22)));
        Assert.Equal(1, SpringFestival2024.WorkingDaysBetween(D(2, 9), D(2, 18)));   // only the worked Sunday
        Assert.Equal(0, SpringFestival2024.WorkingDaysBetween(D(2, 9), D(2, 17)));   // the holiday week
        Assert.Equal(1, SpringFestival2024.WorkingDaysBetween(D(2, 3), D(2, 4)));    // Saturday to worked Sunday
        Assert.Equal(10, WorkingCalendar.WeekendsOnly.WorkingDaysBetween(D(2, 9), D(2, 23)));
    }

    [Fact]
    public void working_days_between_is_zero_when_the_end_is_not_after_the_start()
    {
        Assert.Equal(0, SpringFestival2024.WorkingDaysBetween(D(2, 8), D(2, 8)));
        Assert.Equal(0, SpringFestival2024.WorkingDaysBetween(D(2, 23), D(2, 8)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(20)]
    public void adding_then_counting_gives_back_the_days(int days)
    {
        var from = D(2, 1);
        Assert.Equal(days, SpringFestival2024.WorkingDaysBetween(from, SpringFestival2024.AddWorkingDays(from, days)));
    }
}
