using Marten;
using Proposals.Api.Policy;
using Proposals.Api.Units;

namespace Proposals.Api.Statistics;

/// <summary>Streams the filtered items' facts once and tallies the overall and per-unit figures.</summary>
public static class StatisticsQuery
{
    public static async Task<StatisticsReport> RunAsync(IQuerySession session, StatisticsFilter filter, CancellationToken ct)
    {
        var overall = new Tally();
        var units = new Dictionary<string, Tally>();
        Tally Of(string unit) => units.TryGetValue(unit, out var tally) ? tally : units[unit] = new Tally();
        bool Counted(string unit) => filter.Unit is null || filter.Unit == unit;
        if (filter.Unit is not null) overall = Of(filter.Unit);

        await foreach (var item in Rows(session, filter).ToAsyncEnumerable(ct))
        {
            if (filter.Unit is null) overall.Add(item, Contribution.OfItem(item));
            foreach (var lead in item.LeadUnits.Where(Counted)) Of(lead).Add(item, Contribution.OfUnit(item, lead));
            foreach (var co in item.CoUnits.Except(item.LeadUnits).Where(Counted)) Of(co).CoOrganized++;
        }

        var names = (await session.Query<Unit>().ToListAsync(ct)).ToDictionary(u => u.Id, u => u.Name);
        var catalogue = (await HandlingRules.PolicyAsync(session, ct)).Categories.Select(c => c.Code).ToArray();
        var categories = catalogue
            .Concat(units.Values.Append(overall).SelectMany(t => t.Categories).Except(catalogue).Distinct().Order(StringComparer.Ordinal))
            .ToArray();

        var listed = filter.Unit is not null ? [filter.Unit] : names.Keys.Union(units.Keys).Order(StringComparer.Ordinal).ToArray();
        var rows = listed.Select(unit =>
        {
            var tally = units.GetValueOrDefault(unit) ?? new Tally();
            return new UnitFigures(unit, names.GetValueOrDefault(unit, unit), tally.CoOrganized, tally.ToFigures(categories));
        }).ToArray();
        return new StatisticsReport(filter, overall.ToFigures(categories), rows);
    }

    private static IQueryable<FactsRow> Rows(IQuerySession session, StatisticsFilter filter)
    {
        var query = session.Query<ItemFacts>().AsQueryable();
        if (filter.SessionId is { } sessionId) query = query.Where(f => f.SessionId == sessionId);
        if (filter.Category is { } category) query = query.Where(f => f.Category == category);
        if (filter.Unit is { } unit) query = query.Where(f => f.LeadUnits.Contains(unit) || f.CoUnits.Contains(unit));
        return query.Select(f => new FactsRow(
            f.Kind, f.Status, f.LeadUnits, f.CoUnits, f.Assigned, f.RepliedOn, f.DueOnWhenReplied, f.Replies, f.ContactedBy, f.Ratings));
    }
}
