using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Policy;
using Proposals.Api.Review;
using Proposals.Domain.Proposals;
using Proposals.Domain.Replies;
using Wolverine.Http;

namespace Proposals.Api.Replies;

public sealed record IssueReplyRequest(
    string? Category,
    string? Content,
    string? SignedBy,
    DisclosureRequest? Disclosure,
    IReadOnlyList<CommitmentRequest?>? Commitments);

public sealed record DisclosureRequest(DisclosureScope? Scope, string? Summary, string? Reason);

public sealed record CommitmentRequest(string? Description, DateOnly? DueOn);

public static class IssueReplyEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/replies", OperationId = "issueReply")]
    [Tags("Handling")]
    [Authorize(Roles = "handler")]
    public static async Task<IResult> Post(Guid id, IssueReplyRequest request, IDocumentSession session, HttpContext http, TimeProvider clock)
    {
        if ((request.Commitments ?? []).Any(c => c?.DueOn is null))
            return Infrastructure.Problems.Invalid("commitments", "Every commitment needs its 'description' and 'dueOn'.");

        var command = new IssueReply(
            request.Category, request.Content, request.SignedBy,
            request.Disclosure?.Scope, request.Disclosure?.Summary, request.Disclosure?.Reason,
            (request.Commitments ?? []).Select(c => new Commitment(c!.Description ?? "", c.DueOn!.Value)).ToArray());

        return await ProposalSteps.Run(session, http, id, HandlingRules.PolicyAndCalendar,
            (proposal, rules) => Reply.Decide(proposal, command, rules.Policy, rules.Calendar, http.User.ToActor(), clock.GetUtcNow()));
    }
}
