using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Infrastructure;
using Proposals.Domain.Policy;
using Wolverine.Http;

namespace Proposals.Api.Policy;

public static class SavePolicyEndpoint
{
    public static IResult Validate(HandlingPolicy policy)
    {
        if (policy is null) return Problems.Invalid("policy", "The body must be the whole policy as a JSON object.");
        var errors = policy.Validate();
        return errors.Count > 0 ? Problems.Invalid(errors) : WolverineContinue.Result();
    }

    /// <summary>Replaces the jurisdiction's policy; a field left out takes its default.</summary>
    [WolverinePut("/api/{tenant}/policy", OperationId = "savePolicy")]
    [Tags("Policy")]
    [Authorize(Roles = "coordinator")]
    public static async Task<IResult> Put(HandlingPolicy policy, IDocumentSession session, HttpContext http, TimeProvider clock)
    {
        var saved = policy with { Categories = [.. policy.Categories.Select(c => c with { Label = c.Label.Trim() })] };
        session.Store(new TenantPolicy(TenantPolicy.CurrentId, saved, http.User.ToActor().Id, clock.GetUtcNow()));
        await session.SaveChangesAsync(http.RequestAborted);
        return Results.Ok(saved);
    }
}
