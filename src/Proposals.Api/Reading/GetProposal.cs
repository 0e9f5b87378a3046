using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Infrastructure;
using Wolverine.Http;

namespace Proposals.Api.Reading;

public static class GetProposalEndpoint
{
    [WolverineGet("/api/{tenant}/proposals/{id}", OperationId = "getProposal")]
    [Tags("Proposals")]
    [Authorize]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpContext http, TimeProvider clock)
    {
        var item = await session.LoadAsync<ProposalView>(id, http.RequestAborted);
        if (item is null || !http.User.CanRead(item)) return Problems.NotFound($"There is no item {id} that you may read.");

        IfMatch.SetETag(http.Response, item.Version);
        var handledWith = await HandledWith.LoadAsync(session, item, http.RequestAborted);
        return Results.Ok(ProposalDetails.From(item, http.User, Deadline.Today(clock)) with { HandledWith = handledWith });
    }
}
