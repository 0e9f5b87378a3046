namespace Proposals.Api.Statistics;

public sealed record StatisticsReport(StatisticsFilter Filter, Figures Overall, IReadOnlyList<UnitFigures> Units);

public sealed record StatisticsFilter(Guid? SessionId, string? Unit, string? Category);

/// <summary>A unit's figures count the items it leads; items it only co-organizes are counted apart.</summary>
public sealed record UnitFigures(string Unit, string Name, int CoOrganized, Figures Figures);

public sealed record Figures(
    int Items,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByKind,
    IReadOnlyDictionary<string, int> ByReplyCategory,
    Rates Rates);

public sealed record Rates(
    Ratio Reply,
    Ratio OnTimeReply,
    Ratio Completion,
    Ratio ResultSatisfaction,
    Ratio AttitudeSatisfaction,
    Ratio FirstRoundSatisfaction,
    Ratio Contact,
    Ratio CategoryAShare);

/// <summary>A rate with the counts it comes from; null when nothing is counted below the line.</summary>
public sealed record Ratio(double? Rate, int Numerator, int Denominator)
{
    public static Ratio Of(int numerator, int denominator) =>
        new(denominator == 0 ? null : Math.Round((double)numerator / denominator, 4, MidpointRounding.AwayFromZero), numerator, denominator);
}
