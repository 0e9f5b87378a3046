using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Domain.Common;
using Proposals.Domain.Sessions;
using Wolverine.Http;
using Wolverine.Marten;

namespace Proposals.Api.Sessions;

public sealed record OpenSession(Body? Body, string? Name, int? NumberDigits);

public sealed record SessionCreated(Guid Id);

public static class OpenSessionEndpoint
{
    public static IResult Validate(OpenSession command)
    {
        var errors = new Dictionary<string, string[]>();
        if (command.Body is null) errors["body"] = ["'body' is required: npc or cppcc."];
        if (Rules.Text("name", command.Name, 1, 100) is { } name) errors["name"] = [name.Message];
        if (command.NumberDigits is < 0 or > 8) errors["numberDigits"] = ["'numberDigits' pads printed numbers and must be 0-8."];
        return errors.Count > 0 ? Results.ValidationProblem(errors) : WolverineContinue.Result();
    }

    [WolverinePost("/api/{tenant}/sessions", OperationId = "openSession")]
    [Tags("Sessions")]
    [Authorize(Roles = "coordinator")]
    public static (IResult, IStartStream) Post(string tenant, OpenSession command, HttpContext http, TimeProvider clock)
    {
        var id = Guid.CreateVersion7();
        var opened = new SessionOpened(id, command.Body!.Value, command.Name!.Trim(), command.NumberDigits ?? 0, http.User.ToActor(), clock.GetUtcNow());
        return (Results.Created($"/api/{tenant}/sessions/{id}", new SessionCreated(id)), MartenOps.StartStream<SessionRegister>(id, opened));
    }
}
