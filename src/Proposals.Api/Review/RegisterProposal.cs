using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Domain.Common;
using Proposals.Domain.Sessions;
using Wolverine.Http;

namespace Proposals.Api.Review;

public static class RegisterProposalEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/registration", OperationId = "registerProposal")]
    [Tags("Review")]
    [Authorize(Roles = "coordinator")]
    public static Task<IResult> Post(Guid id, IDocumentSession session, HttpContext http, TimeProvider clock) =>
        ProposalSteps.Run(session, http, id, async proposal =>
        {
            // Locks the session's register row until this transaction commits: the next registration
            // waits here and then sees this number, so numbers stay unique and gapless.
            var register = await session.Events.FetchForExclusiveWriting<SessionRegister>(proposal.SessionId, http.RequestAborted);
            var decision = Domain.Review.Registration.Decide(proposal, register.Aggregate!, http.User.ToActor(), clock.GetUtcNow());
            if (!decision.Accepted) return decision;

            register.AppendMany(decision.Events.OfType<NumberAllotted>());
            return Decision.Accept(decision.Events.Where(e => e is not NumberAllotted).ToArray());
        });
}
