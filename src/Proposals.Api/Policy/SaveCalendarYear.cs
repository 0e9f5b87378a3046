using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Infrastructure;
using Proposals.Domain.Common;
using Wolverine.Http;

namespace Proposals.Api.Policy;

/// <summary>A year's holiday arrangement: the weekdays off and the weekend days worked (调休). A list left out is empty.</summary>
public sealed record SaveCalendarYear(IReadOnlyList<DateOnly>? Holidays, IReadOnlyList<DateOnly>? Workdays);

public static class SaveCalendarYearEndpoint
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static IResult Validate(int year, SaveCalendarYear command)
    {
        if (year is < FirstYear or > LastYear) return Problems.Invalid("year", $"'year' must be {FirstYear}-{LastYear}.");

        var holidays = command.Holidays ?? [];
        var workdays = command.Workdays ?? [];
        var errors = new List<InvalidField>();
        for (var i = 0; i < holidays.Count; i++)
        {
            var field = $"holidays[{i}]";
            if (holidays[i].Year != year) errors.Add(new InvalidField(field, $"'{field}' ({holidays[i]:yyyy-MM-dd}) is not in {year}."));
            else if (workdays.Contains(holidays[i])) errors.Add(new InvalidField(field, $"'{field}' ({holidays[i]:yyyy-MM-dd}) is also listed as a workday."));
        }
        for (var i = 0; i < workdays.Count; i++)
        {
            var field = $"workdays[{i}]";
            if (workdays[i].Year != year) errors.Add(new InvalidField(field, $"'{field}' ({workdays[i]:yyyy-MM-dd}) is not in {year}."));
            else if (holidays.Contains(workdays[i])) errors.Add(new InvalidField(field, $"'{field}' ({workdays[i]:yyyy-MM-dd}) is also listed as a holiday."));
            else if (workdays[i].DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                errors.Add(new InvalidField(field, $"'{field}' ({workdays[i]:yyyy-MM-dd}) is a {workdays[i].DayOfWeek}: only a weekend day can be made a workday."));
        }
        return errors.Count > 0 ? Problems.Invalid(errors) : WolverineContinue.Result();
    }

    /// <summary>Replaces the year's arrangement; the lists are stored sorted and without repeats.</summary>
    [WolverinePut("/api/{tenant}/calendar/{year}", OperationId = "saveCalendarYear")]
    [Tags("Policy")]
    [Authorize(Roles = "coordinator")]
    public static async Task<IResult> Put(int year, SaveCalendarYear command, IDocumentSession session, HttpContext http, TimeProvider clock)
    {
        var saved = new CalendarYear(
            year.ToString(CultureInfo.InvariantCulture),
            [.. (command.Holidays ?? []).Distinct().Order()],
            [.. (command.Workdays ?? []).Distinct().Order()],
            http.User.ToActor().Id,
            clock.GetUtcNow());
        session.Store(saved);
        await session.SaveChangesAsync(http.RequestAborted);
        return Results.Ok(saved);
    }
}
