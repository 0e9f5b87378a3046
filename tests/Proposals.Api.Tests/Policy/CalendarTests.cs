using System.Text.Json;
using Alba;
using Proposals.Api.Infrastructure;
using Proposals.Api.Policy;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Policy;

public sealed class CalendarTests(AppFixture fixture) : ApiTest(fixture)
{
    /// <summary>The 2024 Spring Festival arrangement: off 10-17 February, Sundays 4 and 18 February worked.</summary>
    private static readonly object SpringFestival2024 = new
    {
        holidays = new[] { "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15", "2024-02-16", "2024-02-17" },
        workdays = new[] { "2024-02-04", "2024-02-18" },
    };

    [Fact]
    public async Task a_coordinator_stores_a_year_and_everyone_in_the_jurisdiction_reads_it()
    {
        var saved = ReadJson(await Put("/api/jiangjin/calendar/2024", SpringFestival2024, User.Coordinator(), 200));
        Assert.Equal("2024", saved.GetProperty("id").GetString());
        Assert.Equal("office-jiangjin", saved.GetProperty("updatedBy").GetString());

        var year = ReadJson(await Get("/api/jiangjin/calendar/2024", User.Handler()));
        Assert.Equal("2024", year.GetProperty("id").GetString());
        Assert.Equal(8, year.GetProperty("holidays").GetArrayLength());
        Assert.Equal("2024-02-10", year.GetProperty("holidays")[0].GetString());
        Assert.Equal(["2024-02-04", "2024-02-18"], year.GetProperty("workdays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("office-jiangjin", year.GetProperty("updatedBy").GetString());
    }

    [Fact]
    public async Task a_year_never_stored_has_no_holidays_and_no_workdays()
    {
        var year = ReadJson(await Get("/api/jiangjin/calendar/2025", User.Proposer()));

        Assert.Equal("2025", year.GetProperty("id").GetString());
        Assert.Equal(0, year.GetProperty("holidays").GetArrayLength());
        Assert.Equal(0, year.GetProperty("workdays").GetArrayLength());
    }

    [Fact]
    public async Task a_year_is_replaced_by_the_next_put_and_stored_sorted_without_repeats()
    {
        await Put("/api/jiangjin/calendar/2024", SpringFestival2024, User.Coordinator(), 200);
        await Put("/api/jiangjin/calendar/2024", new { holidays = new[] { "2024-10-07", "2024-10-01", "2024-10-01" } }, User.Coordinator(), 200);

        var year = ReadJson(await Get("/api/jiangjin/calendar/2024", User.Handler()));
        Assert.Equal(["2024-10-01", "2024-10-07"], year.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(0, year.GetProperty("workdays").GetArrayLength());
    }

    [Fact]
    public async Task bad_dates_are_refused_naming_each_one_and_nothing_is_stored()
    {
        var result = await Put("/api/jiangjin/calendar/2024", new
        {
            holidays = new[] { "2024-02-10", "2025-01-01", "2024-02-04" },
            workdays = new[] { "2024-02-04", "2024-02-08", "2023-12-31" },
        }, User.Coordinator(), 400);

        // holidays[1]: 2025; holidays[2] and workdays[0]: in both lists; workdays[1]: a Thursday; workdays[2]: 2023.
        Assert.Equal(["holidays[1]", "holidays[2]", "workdays[0]", "workdays[1]", "workdays[2]"], ErrorFields(result).Order());
        Assert.Equal(0, ReadJson(await Get("/api/jiangjin/calendar/2024", User.Handler())).GetProperty("holidays").GetArrayLength());
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public async Task a_year_outside_2000_to_2100_is_refused(int year)
    {
        Assert.Equal(["year"], ErrorFields(await Put($"/api/jiangjin/calendar/{year}", new { holidays = Array.Empty<string>() }, User.Coordinator(), 400)));
    }

    [Fact]
    public async Task unreadable_dates_are_refused()
    {
        await PutRaw("/api/jiangjin/calendar/2024", """{"holidays": ["2024-02-30"]}""", User.Coordinator(), 400);
    }

    [Fact]
    public async Task only_a_coordinator_of_the_jurisdiction_stores_its_calendar()
    {
        await Put("/api/jiangjin/calendar/2024", SpringFestival2024, User.Proposer(), 403);
        await Put("/api/jiangjin/calendar/2024", SpringFestival2024, User.Handler(), 403);
        await Put("/api/jiangjin/calendar/2024", SpringFestival2024, User.Coordinator("tianjin"), 403);
        await Put("/api/jiangjin/calendar/2024", SpringFestival2024, null, 401);
        await Get("/api/jiangjin/calendar/2024", null, 401);
        await Get("/api/jiangjin/calendar/2024", User.Coordinator("tianjin"), 403);
    }

    [Fact]
    public async Task each_jurisdiction_has_its_own_calendar()
    {
        await Put("/api/jiangjin/calendar/2024", SpringFestival2024, User.Coordinator(), 200);

        Assert.Equal(0, ReadJson(await Get("/api/tianjin/calendar/2024", User.Coordinator("tianjin"))).GetProperty("holidays").GetArrayLength());
        await using var session = Store.QuerySession("tianjin");
        Assert.True((await HandlingRules.PolicyAndCalendarAsync(session, CancellationToken.None)).Calendar.IsWorkingDay(new DateOnly(2024, 2, 12)));
    }

    [Fact]
    public async Task the_working_calendar_merges_every_stored_year()
    {
        await Put("/api/jiangjin/calendar/2024", SpringFestival2024, User.Coordinator(), 200);
        // 2025 Spring Festival: off 28 January to 4 February, Sunday 26 January and Saturday 8 February worked.
        await Put("/api/jiangjin/calendar/2025", new
        {
            holidays = new[] { "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-03", "2025-02-04" },
            workdays = new[] { "2025-01-26", "2025-02-08" },
        }, User.Coordinator(), 200);

        await using var session = Store.QuerySession("jiangjin");
        var (_, calendar) = await HandlingRules.PolicyAndCalendarAsync(session, CancellationToken.None);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2024, 2, 12)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2024, 2, 18)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2025, 1, 28)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2025, 2, 8)));
        Assert.Equal(new DateOnly(2024, 2, 23), calendar.AddWorkingDays(new DateOnly(2024, 2, 8), 7));
        // From Friday 24 January 2025: Sun 26 → 1, Mon 27 → 2, holidays to Tue 4 Feb, Wed 5 → 3.
        Assert.Equal(new DateOnly(2025, 2, 5), calendar.AddWorkingDays(new DateOnly(2025, 1, 24), 3));
    }
}
