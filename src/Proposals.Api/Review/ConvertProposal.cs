using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Wolverine.Http;

namespace Proposals.Api.Review;

public sealed record ConvertProposal(string? Reason);

public static class ConvertProposalEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/conversion", OperationId = "convertProposal")]
    [Tags("Review")]
    [Authorize(Roles = "coordinator")]
    public static Task<IResult> Post(Guid id, ConvertProposal? command, IDocumentSession session, HttpContext http, TimeProvider clock) =>
        ProposalSteps.Run(session, http, id, proposal => Domain.Review.Conversion.Decide(proposal, command?.Reason, http.User.ToActor(), clock.GetUtcNow()));
}
