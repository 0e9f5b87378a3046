using System.Text.RegularExpressions;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Infrastructure;
using Wolverine.Http;

namespace Proposals.Api.Units;

public sealed record CreateUnit(string? Id, string? Name);

public static partial class CreateUnitEndpoint
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex UnitId();

    public static IResult Validate(CreateUnit command) => IdAndName.Validate(command.Id, command.Name, UnitId(),
        "'id' must be 1-64 letters, digits, '.', '_' or '-' (e.g. 'jiangjin-edu').");

    [WolverinePost("/api/{tenant}/units", OperationId = "createUnit")]
    [Tags("Units")]
    [Authorize(Roles = "coordinator")]
    public static async Task<IResult> Post(string tenant, CreateUnit command, IDocumentSession session, HttpContext http, TimeProvider clock)
    {
        var unit = new Unit(command.Id!, command.Name!.Trim(), http.User.ToActor().Id, clock.GetUtcNow());
        return await session.TryInsertAsync(unit, http.RequestAborted)
            ? Results.Created($"/api/{tenant}/units/{unit.Id}", unit)
            : Problems.Conflict($"Unit '{unit.Id}' already exists.");
    }
}
