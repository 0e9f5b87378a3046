using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Review;
using Proposals.Domain.FollowUp;
using Wolverine.Http;

namespace Proposals.Api.FollowUp;

public sealed record ReportProgressRequest(string? Note, bool? Fulfilled);

public static class ReportProgressEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/commitments/{n}/progress", OperationId = "reportCommitmentProgress")]
    [Tags("Handling")]
    [Authorize(Roles = "handler")]
    public static Task<IResult> Post(Guid id, int n, ReportProgressRequest request, IDocumentSession session, HttpContext http, TimeProvider clock) =>
        ProposalSteps.Run(session, http, id, proposal =>
            ReportProgress.Decide(proposal, n, request.Note, request.Fulfilled ?? false, http.User.ToActor(), clock.GetUtcNow()));
}
