using System.Text.RegularExpressions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Infrastructure;
using Wolverine.Http;

namespace Proposals.Api.Tenants;

public sealed record CreateTenant(string? Id, string? Name);

public static partial class CreateTenantEndpoint
{
    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex TenantId();

    public static IResult Validate(CreateTenant command) => IdAndName.Validate(command.Id, command.Name, TenantId(),
        "'id' must be 2-40 lowercase letters, digits or '-', starting with a letter (e.g. 'jiangjin').");

    [WolverinePost("/api/tenants", OperationId = "createTenant")]
    [Tags("Jurisdictions")]
    [Authorize(Roles = "admin")]
    public static async Task<IResult> Post(CreateTenant command, IDocumentSession session, HttpContext http, TimeProvider clock)
    {
        var tenant = new Tenant(command.Id!, command.Name!.Trim(), http.User.ToActor().Id, clock.GetUtcNow());
        return await session.TryInsertAsync(tenant, http.RequestAborted)
            ? Results.Created($"/api/tenants/{tenant.Id}", tenant)
            : Problems.Conflict($"Jurisdiction '{tenant.Id}' already exists.");
    }
}
