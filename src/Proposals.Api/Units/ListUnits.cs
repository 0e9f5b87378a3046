using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Proposals.Api.Units;

public static class ListUnitsEndpoint
{
    [WolverineGet("/api/{tenant}/units", OperationId = "listUnits")]
    [Tags("Units")]
    [Authorize]
    public static Task<IReadOnlyList<Unit>> Get(IQuerySession session) =>
        session.Query<Unit>().OrderBy(u => u.Id).ToListAsync();
}
