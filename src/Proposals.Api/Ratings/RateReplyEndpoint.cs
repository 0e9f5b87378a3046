using Marten;
using Microsoft.AspNetCore.Authorization;
using Proposals.Api.Auth;
using Proposals.Api.Deadlines;
using Proposals.Api.Policy;
using Proposals.Api.Review;
using Proposals.Domain.Proposals;
using Proposals.Domain.Ratings;
using Wolverine;
using Wolverine.Http;

namespace Proposals.Api.Ratings;

public sealed record RateReplyRequest(Satisfaction? Attitude, Satisfaction? Result, string? Comment);

public static class RateReplyEndpoint
{
    [WolverinePost("/api/{tenant}/proposals/{id}/ratings", OperationId = "rateReply")]
    [Tags("Handling")]
    [Authorize(Roles = "proposer")]
    public static Task<IResult> Post(string tenant, Guid id, RateReplyRequest request, IDocumentSession session, HttpContext http, TimeProvider clock, IMessageBus bus)
    {
        var command = new RateReply(request.Attitude, request.Result, request.Comment);
        return ProposalSteps.Run(session, http, id, HandlingRules.PolicyAndCalendar,
            (proposal, rules) => Rate.Decide(proposal, command, rules.Policy, rules.Calendar, http.User.ToActor(), clock.GetUtcNow()),
            (state, rules, events) => DeadlineScheduler.ScheduleIfDueDateChanged(bus, clock, tenant, state, events, rules.Policy));
    }
}
