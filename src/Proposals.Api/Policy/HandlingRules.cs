using Marten;
using Proposals.Domain.Policy;

namespace Proposals.Api.Policy;

/// <summary>The policy and working calendar of the session's jurisdiction, for the endpoints that decide deadlines.</summary>
public static class HandlingRules
{
    /// <summary>The jurisdiction's stored policy, or <see cref="HandlingPolicy.Default"/> when it has set none.</summary>
    public static async Task<HandlingPolicy> PolicyAsync(IQuerySession session, CancellationToken ct) =>
        (await session.LoadAsync<TenantPolicy>(TenantPolicy.CurrentId, ct))?.Policy ?? HandlingPolicy.Default;

    /// <summary>Every stored year of the jurisdiction's calendar merged into one; weekends only when none is stored.</summary>
    public static async Task<WorkingCalendar> CalendarAsync(IQuerySession session, CancellationToken ct)
    {
        var years = await session.Query<CalendarYear>().ToListAsync(ct);
        return years.Count == 0
            ? WorkingCalendar.WeekendsOnly
            : new WorkingCalendar(years.SelectMany(y => y.Holidays), years.SelectMany(y => y.Workdays));
    }
}
