using Proposals.Domain.Deadlines;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;
using Wolverine;

namespace Proposals.Api.Deadlines;

/// <summary>
/// Plans the reminder and overdue checks of an item's due date as durable scheduled messages, in the
/// transaction that set the date. Checks planned for an earlier date find it changed and do nothing.
/// Each is scheduled after a delay measured on the application's clock, so the scheduler (which runs
/// on wall-clock time) fires it when that clock reaches the check.
/// </summary>
public static class DeadlineScheduler
{
    public static async Task ScheduleIfDueDateChanged(
        IMessageBus bus, TimeProvider clock, string tenant, Proposal state, IReadOnlyList<object> events, HandlingPolicy policy)
    {
        if (!events.Any(e => e is ProposalAssigned or DeadlineExtended or RehandlingStarted)) return;
        foreach (var check in DeadlineChecks.Plan(state, policy))
            await bus.ScheduleAsync(check, check.FireAt - clock.GetUtcNow(), new DeliveryOptions { TenantId = tenant });
    }
}
