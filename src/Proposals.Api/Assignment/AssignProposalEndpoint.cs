using Marten;
using Marten.Services.BatchQuerying;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Deadlines;
using Proposals.Api.Policy;
using Proposals.Api.Review;
using Proposals.Api.Units;
using Proposals.Domain.Assignment;
using Proposals.Domain.Policy;
using Wolverine;
using Wolverine.Http;

namespace Proposals.Api.Assignment;

public sealed record AssignProposalRequest(IReadOnlyList<string>? LeadUnits, IReadOnlyList<string>? CoUnits, DateOnly? DueOn, string? Reason);

public static class AssignProposalEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/assignment", OperationId = "assignProposal")]
    [Tags("Handling")]
    [Authorize(Roles = "coordinator")]
    public static Task<IResult> Post(string tenant, Guid id, AssignProposalRequest request, IDocumentSession session, HttpContext http, TimeProvider clock, IMessageBus bus)
    {
        var command = new AssignProposal(request.LeadUnits ?? [], request.CoUnits ?? [], request.DueOn, request.Reason);
        return ProposalSteps.Run(session, http, id, PolicyAndUnits,
            (proposal, rules) => Assign.Decide(proposal, command, rules.Units, rules.Policy, http.User.ToActor(), clock.GetUtcNow()),
            (state, rules, events) => DeadlineScheduler.ScheduleIfDueDateChanged(bus, clock, tenant, state, events, rules.Policy));
    }

    private static async Task<(HandlingPolicy Policy, IReadOnlySet<string> Units)> PolicyAndUnits(IBatchedQuery batch)
    {
        var policy = HandlingRules.Policy(batch);
        var units = batch.Query<Unit>().Select(u => u.Id).ToList();
        return (await policy, (await units).ToHashSet());
    }
}
