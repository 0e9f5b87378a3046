using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Proposals.Api.Infrastructure;
using Proposals.Api.Reading;
using Wolverine.Http;

namespace Proposals.Api.Disclosure;

public static class ListPublicRepliesEndpoint
{
    public const int MaxPageSize = 200;

    /// <summary>Published replies of a jurisdiction, for anyone: searched (<c>q</c>, Chinese included) and filtered.</summary>
    [WolverineGet("/api/public/{tenant}/replies", OperationId = "listPublicReplies")]
    [Tags("Public")]
    [AllowAnonymous]
    [OutputCache(PolicyName = PublicCache.Policy)]
    public static async Task<IResult> Get(
        IQuerySession session, SearchDatabase search, PublicSearchIndex index, HttpContext http, TimeProvider clock,
        string? q, Guid? sessionId, string? unit, string? category, int? year, int? page, int? pageSize)
    {
        var (pageNumber, size) = (page ?? 1, pageSize ?? 20);
        if (pageNumber < 1) return Problems.Invalid("page", "'page' counts from 1.");
        if (size is < 1 or > MaxPageSize) return Problems.Invalid("pageSize", $"'pageSize' must be 1-{MaxPageSize}.");
        if (q?.Trim().Length > SearchTerms.MaxQueryLength) return Problems.Invalid("q", $"'q' may have at most {SearchTerms.MaxQueryLength} characters.");
        if (year is < 1900 or > 2999) return Problems.Invalid("year", "'year' must be a year such as 2024.");

        var query = new PublicReplyQuery(Deadline.Today(clock), SearchTerms.Query(q), sessionId, Blank(unit), Blank(category), year, pageNumber, size);
        var (docs, total) = await PublicSearch.RunAsync(search, session, query, http.RequestAborted, index);
        return Results.Ok(new PublicPage(await PublicItems.DescribeAsync(session, docs, http.RequestAborted), total, pageNumber, size));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
