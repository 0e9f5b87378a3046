using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Policy;
using Proposals.Api.Review;
using Proposals.Domain.Assignment;
using Wolverine.Http;

namespace Proposals.Api.Assignment;

public sealed record RequestReassignmentRequest(string? Reason);

public static class RequestReassignmentEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/reassignment-requests", OperationId = "requestReassignment")]
    [Tags("Handling")]
    [Authorize(Roles = "handler")]
    public static async Task<IResult> Post(Guid id, RequestReassignmentRequest request, IDocumentSession session, HttpContext http, TimeProvider clock)
    {
        var (policy, calendar) = await HandlingRules.PolicyAndCalendarAsync(session, http.RequestAborted);
        return await ProposalSteps.Run(session, http, id,
            proposal => RequestReassignment.Decide(proposal, request.Reason, policy, calendar, http.User.ToActor(), clock.GetUtcNow()));
    }
}
