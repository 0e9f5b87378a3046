using Marten;
using Marten.Services.BatchQuerying;
using Proposals.Api.Infrastructure;
using Proposals.Api.Reading;
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
    /// <param name="read">
    /// Adds what the step decides with (the policy, the calendar, the units) to the batch that loads the item,
    /// so both come in one round trip; the task completes once the batch has run.
    /// </param>
    /// <param name="after">Runs before the commit with the new state and the events, e.g. to schedule messages in the same transaction.</param>
    public static async Task<IResult> Run<TContext>(
        IDocumentSession session, HttpContext http, Guid id,
        Func<IBatchedQuery, Task<TContext>> read,
        Func<Proposal, TContext, Task<Decision>> decide,
        Func<Proposal, TContext, IReadOnlyList<object>, Task>? after = null)
    {
        var batch = session.CreateBatchQuery();
        var fetched = batch.Events.FetchForWriting<Proposal>(id);
        // The read model the inline projection will update: loaded here, it comes from the session's identity map
        // at the commit instead of a round trip of its own (MartenSetup).
        _ = batch.Load<ProposalView>(id);
        var reading = read(batch);
        await batch.Execute(http.RequestAborted);
        var (stream, context) = (await fetched, await reading);
        if (stream.Aggregate is null) return Problems.NotFound($"There is no item {id}.");

        var version = stream.CurrentVersion ?? 0;
        if (IfMatch.IsStale(http.Request, version)) return Problems.PreconditionFailed(version);

        var decision = await decide(stream.Aggregate, context);
        if (!decision.Accepted) return Problems.From(decision);

        var state = decision.Events.Aggregate(stream.Aggregate, (item, e) => item.Evolve(e));
        stream.AppendMany(decision.Events);
        if (after is not null) await after(state, context, decision.Events);
        try
        {
            await session.SaveChangesAsync(http.RequestAborted);
        }
        catch (JasperFx.ConcurrencyException)
        {
            // Another step on the item committed between this one's read and its write: nothing of this one is stored.
            return Problems.ChangedMeanwhile(ifMatch: http.Request.Headers.IfMatch.Count > 0);
        }

        version += decision.Events.Count;
        IfMatch.SetETag(http.Response, version);
        return Results.Ok(new StepResult(id, state.Status, state.Number, version));
    }

    public static Task<IResult> Run<TContext>(
        IDocumentSession session, HttpContext http, Guid id, Func<IBatchedQuery, Task<TContext>> read, Func<Proposal, TContext, Decision> decide,
        Func<Proposal, TContext, IReadOnlyList<object>, Task>? after = null) =>
        Run(session, http, id, read, (proposal, context) => Task.FromResult(decide(proposal, context)), after);

    public static Task<IResult> Run(IDocumentSession session, HttpContext http, Guid id, Func<Proposal, Task<Decision>> decide) =>
        Run(session, http, id, Nothing, (proposal, _) => decide(proposal));

    public static Task<IResult> Run(IDocumentSession session, HttpContext http, Guid id, Func<Proposal, Decision> decide) =>
        Run(session, http, id, Nothing, (proposal, _) => Task.FromResult(decide(proposal)));

    private static Task<bool> Nothing(IBatchedQuery batch) => Task.FromResult(true);
}
