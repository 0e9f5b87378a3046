using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Policy;
using Proposals.Api.Review;
using Proposals.Domain.Deadlines;
using Wolverine;
using Wolverine.Http;

namespace Proposals.Api.Deadlines;

public sealed record ExtendDeadline(DateOnly? DueOn, string? Reason);

public static class ExtendDeadlineEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/extension", OperationId = "extendDeadline")]
    [Tags("Handling")]
    [Authorize(Roles = "coordinator")]
    public static Task<IResult> Post(string tenant, Guid id, ExtendDeadline command, IDocumentSession session, HttpContext http, TimeProvider clock, IMessageBus bus)
    {
        return ProposalSteps.Run(session, http, id, HandlingRules.Policy,
            (proposal, policy) => Extend.Decide(proposal, command.DueOn, command.Reason, policy, http.User.ToActor(), clock.GetUtcNow()),
            (state, policy, events) => DeadlineScheduler.ScheduleIfDueDateChanged(bus, clock, tenant, state, events, policy));
    }
}
