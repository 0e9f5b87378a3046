using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Proposals.Api.Tenants;

public static class ListTenantsEndpoint
{
    [WolverineGet("/api/tenants", OperationId = "listTenants")]
    [Tags("Jurisdictions")]
    [AllowAnonymous]
    public static Task<IReadOnlyList<Tenant>> Get(IQuerySession session) =>
        session.Query<Tenant>().OrderBy(t => t.Id).ToListAsync();
}
