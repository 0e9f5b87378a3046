using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Review;
using Proposals.Domain.Handling;
using Wolverine.Http;

namespace Proposals.Api.Handling;

public static class AcknowledgeEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/acknowledgement", OperationId = "acknowledgeAssignment")]
    [Tags("Handling")]
    [Authorize(Roles = "handler")]
    public static Task<IResult> Post(Guid id, IDocumentSession session, HttpContext http, TimeProvider clock) =>
        ProposalSteps.Run(session, http, id, proposal => Acknowledge.Decide(proposal, http.User.ToActor(), clock.GetUtcNow()));
}
