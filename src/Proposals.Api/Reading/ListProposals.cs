using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Infrastructure;
using Proposals.Domain.Proposals;
using Wolverine.Http;

namespace Proposals.Api.Reading;

/// <summary>The work list: a bureau's inbox, the office's overdue list, a proposer's own items.</summary>
public static class ListProposalsEndpoint
{
    public const int MaxPageSize = 200;
    public const int MaxQueryLength = 100;
    private static readonly string[] Sorts = ["dueOn", "submittedAt", "number"];

    [WolverineGet("/api/{tenant}/proposals", OperationId = "listProposals")]
    [Tags("Proposals")]
    [Authorize]
    public static async Task<IResult> Get(
        IQuerySession session, HttpContext http, TimeProvider clock,
        ProposalStatus? status, Guid? sessionId, string? unit, string? category, ProposalKind? kind,
        bool? overdue, DateOnly? dueBefore, string? q, string? sort, int? page, int? pageSize)
    {
        var (pageNumber, size, order) = (page ?? 1, pageSize ?? 20, sort ?? "-submittedAt");
        if (pageNumber < 1) return Problems.Invalid("page", "'page' counts from 1.");
        if (size is < 1 or > MaxPageSize) return Problems.Invalid("pageSize", $"'pageSize' must be 1-{MaxPageSize}.");
        if (!Sorts.Contains(order.TrimStart('-'))) return Problems.Invalid("sort", $"'sort' is one of {string.Join(", ", Sorts)}, '-' first for descending.");
        if (q?.Length > MaxQueryLength) return Problems.Invalid("q", $"'q' may have at most {MaxQueryLength} characters.");

        var today = Deadline.Today(clock);
        var query = session.Query<ProposalView>().Where(Visibility.ReadableBy(http.User));
        if (status is not null) query = query.Where(p => p.Status == status);
        if (sessionId is not null) query = query.Where(p => p.SessionId == sessionId);
        if (!string.IsNullOrWhiteSpace(unit)) query = query.Where(p => p.Units.Contains(unit));
        if (!string.IsNullOrWhiteSpace(category)) query = query.Where(p => p.Category == category);
        if (kind is not null) query = query.Where(p => p.Kind == kind);
        if (dueBefore is not null) query = query.Where(p => p.DueOn < dueBefore);
        if (overdue is not null) query = overdue.Value ? query.Where(IsOverdue(today)) : query.Where(IsNotOverdue(today));
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim();
            query = query.Where(p => p.Title.Contains(text) || p.Content.Contains(text));
        }

        // The total apart from the page: a window count over the page query would read every matching document.
        var total = await query.CountAsync(http.RequestAborted);
        var rows = await Sorted(query, order).Skip((pageNumber - 1) * size).Take(size).ToListAsync(http.RequestAborted);
        return Results.Ok(new ProposalPage(rows.Select(row => ProposalSummary.From(row, today)).ToArray(), total, pageNumber, size));
    }

    // Overdue: a reply is owed and its due date has passed (the same rule as ProposalSummary.Overdue).
    private static System.Linq.Expressions.Expression<Func<ProposalView, bool>> IsOverdue(DateOnly today) => p =>
        p.DueOn < today && (p.Status == ProposalStatus.Assigned || p.Status == ProposalStatus.InProgress || p.Status == ProposalStatus.Rehandling);

    private static System.Linq.Expressions.Expression<Func<ProposalView, bool>> IsNotOverdue(DateOnly today) => p =>
        p.DueOn == null || p.DueOn >= today || (p.Status != ProposalStatus.Assigned && p.Status != ProposalStatus.InProgress && p.Status != ProposalStatus.Rehandling);

    private static IQueryable<ProposalView> Sorted(IQueryable<ProposalView> query, string sort) => sort switch
    {
        "dueOn" => query.OrderBy(p => p.DueOn).ThenBy(p => p.Id),
        "-dueOn" => query.OrderByDescending(p => p.DueOn).ThenBy(p => p.Id),
        "number" => query.OrderBy(p => p.Number).ThenBy(p => p.Id),
        "-number" => query.OrderByDescending(p => p.Number).ThenBy(p => p.Id),
        "submittedAt" => query.OrderBy(p => p.SubmittedAt).ThenBy(p => p.Id),
        _ => query.OrderByDescending(p => p.SubmittedAt).ThenBy(p => p.Id),
    };
}
