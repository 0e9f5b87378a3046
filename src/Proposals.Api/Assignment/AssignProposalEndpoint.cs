using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Deadlines;
using Proposals.Api.Policy;
using Proposals.Api.Review;
using Proposals.Api.Units;
using Proposals.Domain.Assignment;
using Wolverine;
using Wolverine.Http;

namespace Proposals.Api.Assignment;

public sealed record AssignProposalRequest(IReadOnlyList<string>? LeadUnits, IReadOnlyList<string>? CoUnits, DateOnly? DueOn, string? Reason);

public static class AssignProposalEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/assignment", OperationId = "assignProposal")]
    [Tags("Handling")]
    [Authorize(Roles = "coordinator")]
    public static async Task<IResult> Post(string tenant, Guid id, AssignProposalRequest request, IDocumentSession session, HttpContext http, TimeProvider clock, IMessageBus bus)
    {
        var policy = await HandlingRules.PolicyAsync(session, http.RequestAborted);
        var units = (await session.Query<Unit>().Select(u => u.Id).ToListAsync(http.RequestAborted)).ToHashSet();
        var command = new AssignProposal(request.LeadUnits ?? [], request.CoUnits ?? [], request.DueOn, request.Reason);

        return await ProposalSteps.Run(session, http, id,
            proposal => Task.FromResult(Assign.Decide(proposal, command, units, policy, http.User.ToActor(), clock.GetUtcNow())),
            (state, events) => DeadlineScheduler.ScheduleIfDueDateChanged(bus, clock, tenant, state, events, policy));
    }
}
