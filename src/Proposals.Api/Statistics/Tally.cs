using Proposals.Domain.Proposals;

namespace Proposals.Api.Statistics;

/// <summary>The counts of one scope (the jurisdiction or a unit), turned into its figures.</summary>
public sealed class Tally
{
    public const string CategoryA = "a";

    private readonly Dictionary<(string Measure, string Key), int> _counts = [];

    public void Add(StatisticsSql.Count count) =>
        _counts[(count.Measure, count.Key ?? "")] = N(count.Measure, count.Key) + count.N;

    public int CoOrganized => N("coOrganized");

    public IEnumerable<string> Categories => Keys("category");

    /// <param name="categories">The reply categories to list, answered or not.</param>
    public Figures ToFigures(IReadOnlyList<string> categories)
    {
        var replies = categories.Sum(c => N("category", c));
        return new Figures(
            N("items"),
            Enum.GetValues<ProposalStatus>().ToDictionary(s => s.Describe(), s => Keyed<ProposalStatus>("status", s)),
            Enum.GetValues<ProposalKind>().ToDictionary(k => k.ToString().ToLowerInvariant(), k => Keyed<ProposalKind>("kind", k)),
            categories.ToDictionary(c => c, c => N("category", c)),
            new Rates(
                Ratio.Of(N("replied"), N("assigned")),
                Ratio.Of(N("onTime"), N("replied")),
                Ratio.Of(N("closed"), N("assigned")),
                Ratio.Of(N("resultSatisfied"), N("rated")),
                Ratio.Of(N("attitudeSatisfied"), N("rated")),
                Ratio.Of(N("satisfiedFirstRound"), N("ratedFirstRound")),
                Ratio.Of(N("contacted"), N("assigned")),
                Ratio.Of(N("category", CategoryA), replies)));
    }

    private int N(string measure, string? key = null) => _counts.GetValueOrDefault((measure, key ?? ""));

    private IEnumerable<string> Keys(string measure) => _counts.Keys.Where(k => k.Measure == measure).Select(k => k.Key);

    // Enums are stored by name; whatever their case, count them by value.
    private int Keyed<T>(string measure, T value) where T : struct, Enum =>
        Keys(measure).Where(k => Enum.TryParse<T>(k, true, out var parsed) && parsed.Equals(value)).Sum(k => N(measure, k));
}
