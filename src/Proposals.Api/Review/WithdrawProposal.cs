using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Wolverine.Http;

namespace Proposals.Api.Review;

public static class WithdrawProposalEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/withdrawal", OperationId = "withdrawProposal")]
    [Tags("Review")]
    [Authorize(Roles = "proposer")]
    public static Task<IResult> Post(Guid id, IDocumentSession session, HttpContext http, TimeProvider clock) =>
        ProposalSteps.Run(session, http, id, proposal => Domain.Review.Withdrawal.Decide(proposal, http.User.ToActor(), clock.GetUtcNow()));
}
