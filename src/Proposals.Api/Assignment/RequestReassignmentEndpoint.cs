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
    public static Task<IResult> Post(Guid id, RequestReassignmentRequest request, IDocumentSession session, HttpContext http, TimeProvider clock)
    {
        return ProposalSteps.Run(session, http, id, HandlingRules.PolicyAndCalendar,
            (proposal, rules) => RequestReassignment.Decide(proposal, request.Reason, rules.Policy, rules.Calendar, http.User.ToActor(), clock.GetUtcNow()));
    }
}
