using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Wolverine.Http;

namespace Proposals.Api.Review;

public sealed record DeclineProposal(string? Reason);

public static class DeclineProposalEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/decline", OperationId = "declineProposal")]
    [Tags("Review")]
    [Authorize(Roles = "coordinator")]
    public static Task<IResult> Post(Guid id, DeclineProposal command, IDocumentSession session, HttpContext http, TimeProvider clock) =>
        ProposalSteps.Run(session, http, id, proposal => Domain.Review.Decline.Decide(proposal, command.Reason, http.User.ToActor(), clock.GetUtcNow()));
}
