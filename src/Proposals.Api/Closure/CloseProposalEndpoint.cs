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
    public static Task<IResult> Post(Guid id, CloseProposalRequest request, IDocumentSession session, HttpContext http, TimeProvider clock)
    {
        return ProposalSteps.Run(session, http, id, HandlingRules.PolicyAndCalendar,
            (proposal, rules) => Close.Decide(proposal, request.Reason, rules.Policy, rules.Calendar, http.User.ToActor(), clock.GetUtcNow()));
    }
}
