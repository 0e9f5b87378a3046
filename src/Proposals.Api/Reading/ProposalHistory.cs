using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Infrastructure;
using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
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
        return Results.Ok(events.Where(e => Shows(http.User, e.Data)).Select(e => ToEntry(e, Cut(http.User, item, e.Data))).ToArray());
    }

    // The history hides what GET hides: reassignment requests from proposers, and opinion texts from
    // everyone but coordinators, lead units and the co-organizer that wrote them.
    private static bool Shows(ClaimsPrincipal reader, object data) => !(data is ReassignmentRequested && reader.IsIn("proposer"));

    private static object Cut(ClaimsPrincipal reader, ProposalView item, object data)
    {
        if (data is not CoOrganizerOpinionGiven opinion || reader.IsIn("coordinator")) return data;
        var unit = reader.IsIn("handler") ? reader.ToActor().Unit : null;
        var mayRead = unit is not null && (item.LeadUnits.Contains(unit) || opinion.Unit == unit);
        return mayRead ? data : new { opinion.ProposalId, opinion.Unit, opinion.Round, opinion.At };
    }

    private static string TypeName(JasperFx.Events.IEvent e) => e.EventTypeName.Replace('_', '-');

    private static HistoryEntry ToEntry(JasperFx.Events.IEvent e, object data)
    {
        if (e.Data is not IAttributed attributed)
            return new HistoryEntry(TypeName(e), e.Timestamp, new HistoryActor("system", "system", "system"), data);

        var by = attributed.By;
        return new HistoryEntry(TypeName(e), attributed.At, new HistoryActor(by.Id, by.Name, by.Role.ToString().ToLowerInvariant()), data);
    }
}
