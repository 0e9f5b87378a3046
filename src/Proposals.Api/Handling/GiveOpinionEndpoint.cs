using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Review;
using Proposals.Domain.Handling;
using Wolverine.Http;

namespace Proposals.Api.Handling;

public sealed record GiveOpinionRequest(string? Content);

public static class GiveOpinionEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/opinions", OperationId = "giveCoOrganizerOpinion")]
    [Tags("Handling")]
    [Authorize(Roles = "handler")]
    public static Task<IResult> Post(Guid id, GiveOpinionRequest request, IDocumentSession session, HttpContext http, TimeProvider clock) =>
        ProposalSteps.Run(session, http, id, proposal => GiveOpinion.Decide(proposal, request.Content, http.User.ToActor(), clock.GetUtcNow()));
}
