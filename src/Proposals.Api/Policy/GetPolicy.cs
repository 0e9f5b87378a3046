using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Domain.Policy;
using Wolverine.Http;

namespace Proposals.Api.Policy;

public static class GetPolicyEndpoint
{
    /// <summary>Anyone signed in to the jurisdiction reads it: handlers need the reply categories.</summary>
    [WolverineGet("/api/{tenant}/policy", OperationId = "getPolicy")]
    [Tags("Policy")]
    [Authorize]
    public static Task<HandlingPolicy> Get(IQuerySession session, HttpContext http) =>
        HandlingRules.PolicyAsync(session, http.RequestAborted);
}
