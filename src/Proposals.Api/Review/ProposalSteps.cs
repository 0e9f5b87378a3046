using Marten;
using Proposals.Api.Infrastructure;
using Proposals.Api.Submission;
using Proposals.Domain.Common;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Review;

/// <summary>
/// The one way a step acts on an item: load its stream, honour If-Match, let the domain decide,
/// append what it decided, and answer with the new state and version.
/// </summary>
public static class ProposalSteps
{
    /// <param name="after">Runs before the commit with the new state and the events, e.g. to schedule messages in the same transaction.</param>
    public static async Task<IResult> Run(
        IDocumentSession session, HttpContext http, Guid id, Func<Proposal, Task<Decision>> decide, Func<Proposal, IReadOnlyList<object>, Task>? after = null)
    {
        var stream = await session.Events.FetchForWriting<Proposal>(id, http.RequestAborted);
        if (stream.Aggregate is null) return Problems.NotFound($"There is no item {id}.");

        var version = stream.CurrentVersion ?? 0;
        if (IfMatch.IsStale(http.Request, version)) return Problems.PreconditionFailed(version);

        var decision = await decide(stream.Aggregate);
        if (!decision.Accepted) return Problems.From(decision);

        var state = decision.Events.Aggregate(stream.Aggregate, (item, e) => item.Evolve(e));
        stream.AppendMany(decision.Events);
        if (after is not null) await after(state, decision.Events);
        await session.SaveChangesAsync(http.RequestAborted);

        version += decision.Events.Count;
        IfMatch.SetETag(http.Response, version);
        return Results.Ok(new StepResult(id, state.Status, state.Number, version));
    }

    public static Task<IResult> Run(IDocumentSession session, HttpContext http, Guid id, Func<Proposal, Decision> decide) =>
        Run(session, http, id, proposal => Task.FromResult(decide(proposal)));
}
