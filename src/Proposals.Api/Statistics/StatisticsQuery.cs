using Marten;
using Proposals.Api.Policy;
using Proposals.Api.Units;

namespace Proposals.Api.Statistics;

/// <summary>Counts the filtered items in the database and assembles the overall and per-unit figures.</summary>
public static class StatisticsQuery
{
    public static async Task<StatisticsReport> RunAsync(IQuerySession session, StatisticsFilter filter, CancellationToken ct)
    {
        var counts = await StatisticsSql.RunAsync(session, filter, ct);

        var overall = new Tally();
        var units = new Dictionary<string, Tally>();
        foreach (var count in counts)
        {
            if (count.Unit is null) overall.Add(count);
            else (units.TryGetValue(count.Unit, out var tally) ? tally : units[count.Unit] = new Tally()).Add(count);
        }
        if (filter.Unit is not null) overall = units.GetValueOrDefault(filter.Unit) ?? new Tally();

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
}
