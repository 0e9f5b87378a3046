using System.Text.RegularExpressions;
using Marten;
using JasperFx;
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

    [WolverinePost("/api/tenants", OperationId = "createTenant")]
    [Tags("Jurisdictions")]
    [Authorize(Roles = "admin")]
    public static async Task<IResult> Post(CreateTenant command, IDocumentSession session, HttpContext http, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>();
        if (command.Id is null || !TenantId().IsMatch(command.Id))
            errors["id"] = ["'id' must be 2-40 lowercase letters, digits or '-', starting with a letter (e.g. 'jiangjin')."];
        if (string.IsNullOrWhiteSpace(command.Name) || command.Name.Trim().Length > 100)
            errors["name"] = ["'name' is required, at most 100 characters."];
        if (errors.Count > 0) return Results.ValidationProblem(errors);

        if (await session.LoadAsync<Tenant>(command.Id!) is not null)
            return Problems.Conflict($"Jurisdiction '{command.Id}' already exists.");

        var tenant = new Tenant(command.Id!, command.Name!.Trim(), http.User.ToActor().Id, clock.GetUtcNow());
        session.Insert(tenant);
        try
        {
            await session.SaveChangesAsync();
        }
        catch (DocumentAlreadyExistsException)
        {
            return Problems.Conflict($"Jurisdiction '{command.Id}' already exists.");
        }
        return Results.Created($"/api/tenants/{tenant.Id}", tenant);
    }

    [WolverineGet("/api/tenants", OperationId = "listTenants")]
    [Tags("Jurisdictions")]
    [AllowAnonymous]
    public static Task<IReadOnlyList<Tenant>> List(IQuerySession session) =>
        session.Query<Tenant>().OrderBy(t => t.Id).ToListAsync();
}
