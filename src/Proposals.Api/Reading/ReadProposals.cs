using JasperFx.Core;
using Marten;
using Marten.Pagination;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Infrastructure;
using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
using Wolverine.Http;

namespace Proposals.Api.Reading;

public static class ReadProposalsEndpoints
{
    public const int MaxPageSize = 200;

    [WolverineGet("/api/{tenant}/proposals/{id}", OperationId = "getProposal")]
    [Tags("Proposals")]
    [Authorize]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpContext http, TimeProvider clock)
    {
        var item = await session.LoadAsync<ProposalView>(id, http.RequestAborted);
        if (item is null || !http.User.CanRead(item)) return Problems.NotFound($"There is no item {id} that you may read.");

        IfMatch.SetETag(http.Response, item.Version);
        return Results.Ok(ProposalDetails.From(item, http.User, Deadline.Today(clock)));
    }

    [WolverineGet("/api/{tenant}/proposals", OperationId = "listProposals")]
    [Tags("Proposals")]
    [Authorize]
    public static async Task<IResult> List(
        IQuerySession session, HttpContext http, TimeProvider clock, ProposalStatus? status, Guid? sessionId, int? page, int? pageSize)
    {
        var (pageNumber, size) = (page ?? 1, pageSize ?? 20);
        if (pageNumber < 1) return Problems.Invalid("page", "'page' counts from 1.");
        if (size is < 1 or > MaxPageSize) return Problems.Invalid("pageSize", $"'pageSize' must be 1-{MaxPageSize}.");

        var query = session.Query<ProposalView>().Where(Visibility.ReadableBy(http.User));
        if (status is not null) query = query.Where(p => p.Status == status);
        if (sessionId is not null) query = query.Where(p => p.SessionId == sessionId);

        var today = Deadline.Today(clock);
        var rows = await query.OrderByDescending(p => p.SubmittedAt).ToPagedListAsync(pageNumber, size, http.RequestAborted);
        return Results.Ok(new ProposalPage(rows.Select(row => ProposalSummary.From(row, today)).ToArray(), rows.TotalItemCount, pageNumber, size));
    }

    [WolverineGet("/api/{tenant}/proposals/{id}/history", OperationId = "getProposalHistory")]
    [Tags("Proposals")]
    [Authorize]
    public static async Task<IResult> History(Guid id, IQuerySession session, HttpContext http)
    {
        var item = await session.LoadAsync<ProposalView>(id, http.RequestAborted);
        if (item is null || !http.User.CanRead(item)) return Problems.NotFound($"There is no item {id} that you may read.");

        var events = await session.Events.FetchStreamAsync(id, token: http.RequestAborted);
        return Results.Ok(events.Select(ToEntry).ToArray());
    }

    private static string TypeName(JasperFx.Events.IEvent e) => e.EventTypeName.Replace('_', '-');

    private static HistoryEntry ToEntry(JasperFx.Events.IEvent e)
    {
        if (e.Data is not IAttributed attributed)
            return new HistoryEntry(TypeName(e), e.Timestamp, new HistoryActor("system", "system", "system"), e.Data);

        var by = attributed.By;
        return new HistoryEntry(TypeName(e), attributed.At, new HistoryActor(by.Id, by.Name, by.Role.ToString().ToLowerInvariant()), e.Data);
    }
}
