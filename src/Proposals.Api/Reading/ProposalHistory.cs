using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Infrastructure;
using Proposals.Domain.Common;
using Wolverine.Http;

namespace Proposals.Api.Reading;

public static class ProposalHistoryEndpoint
{
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
