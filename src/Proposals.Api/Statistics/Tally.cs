using Proposals.Domain.Proposals;

namespace Proposals.Api.Statistics;

/// <summary>Counts items as they stream in, then turns the counts into figures.</summary>
public sealed class Tally
{
    public const string CategoryA = "a";

    private readonly Dictionary<ProposalStatus, int> _byStatus = [];
    private readonly Dictionary<ProposalKind, int> _byKind = [];
    private readonly Dictionary<string, int> _byCategory = [];
    private int _items, _assigned, _replied, _onTime, _closed, _contacted, _replies, _categoryA;
    private int _rated, _resultSatisfied, _attitudeSatisfied, _ratedFirstRound, _satisfiedFirstRound;

    public int CoOrganized { get; set; }

    public IEnumerable<string> Categories => _byCategory.Keys;

    public void Add(FactsRow item, Contribution c)
    {
        _items++;
        _byStatus[item.Status] = _byStatus.GetValueOrDefault(item.Status) + 1;
        _byKind[item.Kind] = _byKind.GetValueOrDefault(item.Kind) + 1;
        if (!c.Assigned) return;

        _assigned++;
        if (c.Replied) _replied++;
        if (c.RepliedOnTime) _onTime++;
        if (c.Closed) _closed++;
        if (c.Contacted) _contacted++;
        if (c.LatestRating is { } latest)
        {
            _rated++;
            if (Satisfied(latest.Result)) _resultSatisfied++;
            if (Satisfied(latest.Attitude)) _attitudeSatisfied++;
        }
        if (c.FirstRoundRating is { } first)
        {
            _ratedFirstRound++;
            if (Satisfied(first.Result)) _satisfiedFirstRound++;
        }
        foreach (var category in c.ReplyCategories)
        {
            _replies++;
            if (category == CategoryA) _categoryA++;
            _byCategory[category] = _byCategory.GetValueOrDefault(category) + 1;
        }
    }

    /// <param name="categories">The reply categories to list, answered or not.</param>
    public Figures ToFigures(IReadOnlyList<string> categories) => new(
        _items,
        Enum.GetValues<ProposalStatus>().ToDictionary(s => s.Describe(), s => _byStatus.GetValueOrDefault(s)),
        Enum.GetValues<ProposalKind>().ToDictionary(k => k.ToString().ToLowerInvariant(), k => _byKind.GetValueOrDefault(k)),
        categories.ToDictionary(c => c, c => _byCategory.GetValueOrDefault(c)),
        new Rates(
            Ratio.Of(_replied, _assigned),
            Ratio.Of(_onTime, _replied),
            Ratio.Of(_closed, _assigned),
            Ratio.Of(_resultSatisfied, _rated),
            Ratio.Of(_attitudeSatisfied, _rated),
            Ratio.Of(_satisfiedFirstRound, _ratedFirstRound),
            Ratio.Of(_contacted, _assigned),
            Ratio.Of(_categoryA, _replies)));

    private static bool Satisfied(Satisfaction s) => s is Satisfaction.Satisfied or Satisfaction.BasicallySatisfied;
}
