using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Domain.Proposals;
using Wolverine.Http;

namespace Proposals.Api.Review;

public sealed record MergeProposal(Guid? IntoId);

public static class MergeProposalEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/merge", OperationId = "mergeProposal")]
    [Tags("Review")]
    [Authorize(Roles = "coordinator")]
    public static Task<IResult> Post(Guid id, MergeProposal command, IDocumentSession session, HttpContext http, TimeProvider clock) =>
        ProposalSteps.Run(session, http, id, async proposal =>
        {
            var into = command.IntoId is { } intoId ? await session.Events.FetchLatest<Proposal>(intoId, http.RequestAborted) : null;
            return Domain.Review.Merge.Decide(proposal, into, http.User.ToActor(), clock.GetUtcNow());
        });
}
