using System.Text.RegularExpressions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Infrastructure;
using Proposals.Domain.Common;
using Wolverine.Http;

namespace Proposals.Api.Tenants;

public sealed record CreateTenant(string? Id, string? Name);

public static partial class CreateTenantEndpoint
{
    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex TenantId();

    public static IResult Validate(CreateTenant command)
    {
        var errors = new Dictionary<string, string[]>();
        if (command.Id is null || !TenantId().IsMatch(command.Id))
            errors["id"] = ["'id' must be 2-40 lowercase letters, digits or '-', starting with a letter (e.g. 'jiangjin')."];
        if (Rules.Text("name", command.Name, 1, 100) is { } name) errors["name"] = [name.Message];
        return errors.Count > 0 ? Results.ValidationProblem(errors) : WolverineContinue.Result();
    }

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
