using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Policy;
using Proposals.Api.Review;
using Proposals.Domain.Closure;
using Wolverine.Http;

namespace Proposals.Api.Closure;

public sealed record CloseProposalRequest(string? Reason);

public static class CloseProposalEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/closure", OperationId = "closeProposal")]
    [Tags("Handling")]
    [Authorize(Roles = "coordinator")]
    public static async Task<IResult> Post(Guid id, CloseProposalRequest request, IDocumentSession session, HttpContext http, TimeProvider clock)
    {
        var (policy, calendar) = await HandlingRules.PolicyAndCalendarAsync(session, http.RequestAborted);
        return await ProposalSteps.Run(session, http, id,
            proposal => Close.Decide(proposal, request.Reason, policy, calendar, http.User.ToActor(), clock.GetUtcNow()));
    }
}
