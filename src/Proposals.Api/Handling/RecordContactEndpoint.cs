using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Review;
using Proposals.Domain.Handling;
using Proposals.Domain.Proposals;
using Wolverine.Http;

namespace Proposals.Api.Handling;

public sealed record RecordContactRequest(DateOnly? On, ContactMethod? Method, string? Summary);

public static class RecordContactEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/contacts", OperationId = "recordContact")]
    [Tags("Handling")]
    [Authorize(Roles = "handler")]
    public static Task<IResult> Post(Guid id, RecordContactRequest request, IDocumentSession session, HttpContext http, TimeProvider clock) =>
        ProposalSteps.Run(session, http, id, proposal =>
            Contact.Decide(proposal, new RecordContact(request.On, request.Method, request.Summary), http.User.ToActor(), clock.GetUtcNow()));
}
