using System.Globalization;
using System.Text;

namespace Proposals.Api.Statistics;

/// <summary>The per-unit table for spreadsheets: UTF-8 with a byte order mark, without which Excel misreads Chinese.</summary>
public static class StatisticsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private sealed record Column(string Header, Func<UnitFigures, string> Value);

    private static readonly Column[] Leading =
    [
        new("单位 unit", u => Text(u.Name)),
        new("单位代码 unit id", u => u.Unit),
        new("交办 assigned", u => Count(u.Figures.Rates.Reply.Denominator)),
        new("办复 replied", u => Count(u.Figures.Rates.Reply.Numerator)),
        new("办复率 reply rate", u => Rate(u.Figures.Rates.Reply)),
        new("按期办复 replied on time", u => Count(u.Figures.Rates.OnTimeReply.Numerator)),
        new("按期办复率 on-time reply rate", u => Rate(u.Figures.Rates.OnTimeReply)),
        new("办结 closed", u => Count(u.Figures.Rates.Completion.Numerator)),
        new("办结率 completion rate", u => Rate(u.Figures.Rates.Completion)),
        new("评价 rated", u => Count(u.Figures.Rates.ResultSatisfaction.Denominator)),
        new("结果满意 satisfied with result", u => Count(u.Figures.Rates.ResultSatisfaction.Numerator)),
        new("结果满意率 result satisfaction rate", u => Rate(u.Figures.Rates.ResultSatisfaction)),
        new("态度满意 satisfied with attitude", u => Count(u.Figures.Rates.AttitudeSatisfaction.Numerator)),
        new("态度满意率 attitude satisfaction rate", u => Rate(u.Figures.Rates.AttitudeSatisfaction)),
        new("首轮评价 rated in round 1", u => Count(u.Figures.Rates.FirstRoundSatisfaction.Denominator)),
        new("首轮满意 satisfied in round 1", u => Count(u.Figures.Rates.FirstRoundSatisfaction.Numerator)),
        new("首轮满意率 first-round satisfaction rate", u => Rate(u.Figures.Rates.FirstRoundSatisfaction)),
        new("见面 contacted", u => Count(u.Figures.Rates.Contact.Numerator)),
        new("见面率 contact rate", u => Rate(u.Figures.Rates.Contact)),
        new("答复 replies", u => Count(u.Figures.Rates.CategoryAShare.Denominator)),
    ];

    private static readonly Column[] Trailing =
    [
        new("A类占比 category A share", u => Rate(u.Figures.Rates.CategoryAShare)),
        new("协办 co-organized", u => Count(u.CoOrganized)),
    ];

    public static byte[] Write(StatisticsReport report)
    {
        var categories = report.Overall.ByReplyCategory.Keys
            .Select(code => new Column($"{code.ToUpperInvariant()}类 category {code}", u => Count(u.Figures.ByReplyCategory[code])));
        var columns = Leading.Concat(categories).Concat(Trailing).ToArray();

        var csv = new StringBuilder();
        Line(csv, columns.Select(c => c.Header));
        foreach (var unit in report.Units) Line(csv, columns.Select(c => c.Value(unit)));
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(Escape))).Append("\r\n");

    private static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) < 0 ? field : $"\"{field.Replace("\"", "\"\"")}\"";

    // A name a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is written with a leading
    // apostrophe, which the spreadsheet shows as text (OWASP's advice against CSV injection). Unit names are free text.
    private static string Text(string value) => value.Length > 0 && "=+-@\t\r".Contains(value[0]) ? "'" + value : value;

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Rate(Ratio ratio) => ratio.Rate?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "";
}
