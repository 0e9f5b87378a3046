using Marten;
using Marten.Services.BatchQuerying;
using Proposals.Domain.Policy;

namespace Proposals.Api.Policy;

/// <summary>The policy and working calendar of the session's jurisdiction, for the endpoints that decide deadlines.</summary>
public static class HandlingRules
{
    /// <summary>The jurisdiction's stored policy, or <see cref="HandlingPolicy.Default"/> when it has set none.</summary>
    public static async Task<HandlingPolicy> PolicyAsync(IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<TenantPolicy>(TenantPolicy.CurrentId, ct))?.Policy ?? HandlingPolicy.Default;

    /// <summary>The policy and the calendar (every stored year merged; weekends only when none is stored), in one round trip.</summary>
    public static async Task<(HandlingPolicy Policy, WorkingCalendar Calendar)> PolicyAndCalendarAsync(IQuerySession session, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var read = PolicyAndCalendar(batch);
        await batch.Execute(ct);
        return await read;
    }

    /// <summary>The policy, read with the rest of <paramref name="batch"/>; completes once the batch has run.</summary>
    public static async Task<HandlingPolicy> Policy(IBatchedQuery batch) =>
        (await batch.Load<TenantPolicy>(TenantPolicy.CurrentId))?.Policy ?? HandlingPolicy.Default;

    /// <summary>The policy and the calendar, read with the rest of <paramref name="batch"/>; completes once the batch has run.</summary>
    public static async Task<(HandlingPolicy Policy, WorkingCalendar Calendar)> PolicyAndCalendar(IBatchedQuery batch)
    {
        var policy = Policy(batch);
        var years = batch.Query<CalendarYear>().ToList();
        return (await policy, CalendarOf(await years));
    }

    private static WorkingCalendar CalendarOf(IReadOnlyList<CalendarYear> years) =>
        years.Count == 0
            ? WorkingCalendar.WeekendsOnly
            : new WorkingCalendar(years.SelectMany(y => y.Holidays), years.SelectMany(y => y.Workdays));
}
