using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Infrastructure;
using Proposals.Domain.Proposals;
using Proposals.Domain.Sessions;
using Proposals.Domain.Submission;
using Wolverine.Http;

namespace Proposals.Api.Submission;

public sealed record SubmitProposalRequest(
    Guid? SessionId,
    string? Title,
    string? Content,
    string? Category,
    string? Delegation,
    IReadOnlyList<CoSignerRequest?>? CoSigners,
    DisclosureConsent? DisclosureConsent,
    bool? RaisedBetweenSessions);

public sealed record CoSignerRequest(string? Id, string? Name);

public sealed record StepResult(Guid Id, ProposalStatus Status, int? Number, long Version);

public static class SubmitProposalEndpoint
{
    [WolverinePost("/api/{tenant}/proposals", OperationId = "submitProposal")]
    [Tags("Proposals")]
    [Authorize(Roles = "proposer")]
    public static async Task<IResult> Post(string tenant, SubmitProposalRequest request, IDocumentSession session, HttpContext http, TimeProvider clock)
    {
        var register = request.SessionId is { } sessionId
            ? await session.Events.FetchLatest<SessionRegister>(sessionId, http.RequestAborted)
            : null;

        var command = new SubmitProposal(
            Guid.CreateVersion7(),
            request.SessionId ?? Guid.Empty,
            request.Title,
            request.Content,
            request.Category,
            request.Delegation,
            // A null entry is a co-signer without a name, which the rules refuse by its index.
            (request.CoSigners ?? []).Select(c => new CoSigner(c?.Id, c?.Name ?? "")).ToArray(),
            request.DisclosureConsent ?? DisclosureConsent.Full,
            request.RaisedBetweenSessions ?? false);

        var decision = SubmissionRules.Decide(command, register, http.User.ToActor(), clock.GetUtcNow());
        if (!decision.Accepted) return Problems.From(decision);

        session.Events.StartStream<Proposal>(command.ProposalId, decision.Events.ToArray());
        await session.SaveChangesAsync(http.RequestAborted);

        IfMatch.SetETag(http.Response, decision.Events.Count);
        return Results.Created(
            $"/api/{tenant}/proposals/{command.ProposalId}",
            new StepResult(command.ProposalId, ProposalStatus.Submitted, null, decision.Events.Count));
    }
}
