using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Infrastructure;
using Wolverine.Http;

namespace Proposals.Api.Sessions;

public static class ReadSessionsEndpoints
{
    [WolverineGet("/api/{tenant}/sessions", OperationId = "listSessions")]
    [Tags("Sessions")]
    [Authorize]
    public static Task<IReadOnlyList<SessionView>> List(IQuerySession session) =>
        session.Query<SessionView>().OrderBy(s => s.OpenedAt).ToListAsync();

    [WolverineGet("/api/{tenant}/sessions/{id}", OperationId = "getSession")]
    [Tags("Sessions")]
    [Authorize]
    public static async Task<IResult> Get(Guid id, IQuerySession session) =>
        await session.LoadAsync<SessionView>(id) is { } view ? Results.Ok(view) : Problems.NotFound($"There is no session {id}.");
}
