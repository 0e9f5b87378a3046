using System.Globalization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Proposals.Api.Policy;

public static class GetCalendarYearEndpoint
{
    /// <summary>A year of the jurisdiction's calendar; empty lists (weekends only) when none is stored.</summary>
    [WolverineGet("/api/{tenant}/calendar/{year}", OperationId = "getCalendarYear")]
    [Tags("Policy")]
    [Authorize]
    public static async Task<CalendarYear> Get(int year, IQuerySession session, HttpContext http) =>
        await session.LoadAsync<CalendarYear>(year.ToString(CultureInfo.InvariantCulture), http.RequestAborted) ?? CalendarYear.Empty(year);
}
