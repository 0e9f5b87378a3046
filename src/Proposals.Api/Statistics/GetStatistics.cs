using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Proposals.Api.Auth;
using Proposals.Api.Infrastructure;
using Wolverine.Http;

namespace Proposals.Api.Statistics;

public static class GetStatisticsEndpoint
{
    public const int MaxFilterLength = 100;

    [WolverineGet("/api/{tenant}/stats", OperationId = "getStatistics")]
    [Tags("Statistics")]
    [Authorize(Roles = "coordinator,handler")]
    [ProducesResponseType<StatisticsReport>(StatusCodes.Status200OK, "application/json")]
    public static async Task<IResult> Get(IQuerySession session, HttpContext http, Guid? sessionId, string? unit, string? category, string? format)
    {
        if (format is not (null or "json" or "csv")) return Problems.Invalid("format", "'format' is json (the default) or csv.");
        if (unit?.Length > MaxFilterLength) return Problems.Invalid("unit", $"'unit' may have at most {MaxFilterLength} characters.");
        if (category?.Length > MaxFilterLength) return Problems.Invalid("category", $"'category' may have at most {MaxFilterLength} characters.");
        unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        category = string.IsNullOrWhiteSpace(category) ? null : category.Trim();

        if (http.User.IsIn("handler"))
        {
            var own = http.User.ToActor().Unit;
            if (own is null) return Problems.Forbidden("Your token names no unit.");
            if (unit is not null && unit != own) return Problems.Forbidden($"A handler sees the figures of its own unit '{own}' only.");
            unit = own;
        }

        var report = await StatisticsQuery.RunAsync(session, new StatisticsFilter(sessionId, unit, category), http.RequestAborted);
        return format == "csv"
            ? Results.File(StatisticsCsv.Write(report), StatisticsCsv.ContentType, "statistics.csv")
            : Results.Ok(report);
    }
}
