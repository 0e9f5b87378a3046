using Marten;
using Proposals.Domain.Deadlines;
using Proposals.Domain.Proposals;
using Wolverine;

namespace Proposals.Api.Deadlines;

/// <summary>A planned check comes due: the domain decides whether a reminder or the overdue mark happens.</summary>
public static class DeadlineCheckHandler
{
    public static async Task Handle(DeadlineCheck check, IDocumentSession session, TimeProvider clock, IMessageContext context)
    {
        var stream = await session.Events.FetchForWriting<Proposal>(check.ProposalId);
        if (stream.Aggregate is null) return;

        var now = clock.GetUtcNow();
        if (now < check.FireAt)
        {
            // The scheduler's clock ran ahead of the application's: wait for the rest.
            await context.ScheduleAsync(check, check.FireAt - now, new DeliveryOptions { TenantId = context.TenantId });
            return;
        }

        stream.AppendMany(DeadlineChecks.Decide(stream.Aggregate, check, now).Events);
    }
}
