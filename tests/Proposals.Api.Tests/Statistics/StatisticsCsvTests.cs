using System.Globalization;
using System.Text;
using System.Text.Json;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Statistics;

public sealed class StatisticsCsvTests(AppFixture fixture) : StatisticsTest(fixture)
{
    private static readonly (string Column, string Rate, bool IsNumerator)[] Counts =
    [
        ("交办 assigned", "reply", false), ("办复 replied", "reply", true), ("按期办复 replied on time", "onTimeReply", true),
        ("办结 closed", "completion", true), ("评价 rated", "resultSatisfaction", false), ("结果满意 satisfied with result", "resultSatisfaction", true),
        ("态度满意 satisfied with attitude", "attitudeSatisfaction", true), ("首轮评价 rated in round 1", "firstRoundSatisfaction", false),
        ("首轮满意 satisfied in round 1", "firstRoundSatisfaction", true), ("见面 contacted", "contact", true), ("答复 replies", "categoryAShare", false),
    ];

    private static readonly (string Column, string Rate)[] Rates =
    [
        ("办复率 reply rate", "reply"), ("按期办复率 on-time reply rate", "onTimeReply"), ("办结率 completion rate", "completion"),
        ("结果满意率 result satisfaction rate", "resultSatisfaction"), ("态度满意率 attitude satisfaction rate", "attitudeSatisfaction"),
        ("首轮满意率 first-round satisfaction rate", "firstRoundSatisfaction"), ("见面率 contact rate", "contact"), ("A类占比 category A share", "categoryAShare"),
    ];

    [Fact]
    public async Task the_csv_is_the_unit_table_in_utf8_with_a_bom_and_parses_back_to_the_same_figures()
    {
        await Given();
        var report = await Stats(Office);
        var result = await Get("/api/jiangjin/stats?format=csv", Office);
        var bytes = await Bytes(result);

        Assert.Equal("text/csv; charset=utf-8", result.Context.Response.ContentType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Parse(Encoding.UTF8.GetString(bytes[3..]));
        var header = rows[0];
        Assert.Equal("单位 unit", header[0]);
        Assert.Contains("A类 category a", header);
        Assert.Contains("D类 category d", header);
        Assert.Equal(3, rows.Count - 1);

        foreach (var row in rows.Skip(1))
        {
            var cells = header.Zip(row).ToDictionary(p => p.First, p => p.Second);
            var unit = UnitRow(report, cells["单位代码 unit id"]);
            var figures = unit.GetProperty("figures");
            Assert.Equal(unit.GetProperty("name").GetString(), cells["单位 unit"]);
            foreach (var (column, rate, isNumerator) in Counts)
                Assert.Equal(isNumerator ? Rate(figures, rate).Numerator : Rate(figures, rate).Denominator, int.Parse(cells[column], CultureInfo.InvariantCulture));
            foreach (var (column, rate) in Rates)
                Assert.Equal(Rate(figures, rate).Rate?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "", cells[column]);
            foreach (var category in figures.GetProperty("byReplyCategory").EnumerateObject())
                Assert.Equal(category.Value.GetInt32(), int.Parse(cells[$"{category.Name.ToUpperInvariant()}类 category {category.Name}"], CultureInfo.InvariantCulture));
            Assert.Equal(unit.GetProperty("coOrganized").GetInt32(), int.Parse(cells["协办 co-organized"], CultureInfo.InvariantCulture));
        }

        var edu = rows.Single(r => r[1] == Edu);
        Assert.Equal(("区教委", "0.8000", "0.7500"), (edu[0], edu[Array.IndexOf(header, "办复率 reply rate")], edu[Array.IndexOf(header, "A类占比 category A share")]));
    }

    [Fact]
    public async Task a_handler_gets_its_own_row_and_names_with_commas_or_quotes_stay_whole()
    {
        await CreateUnits("jiangjin", ("jiangjin-edu", "区教委, \"职教\"办公室"));
        var result = await Get("/api/jiangjin/stats?format=csv", EduHandler);

        var rows = Parse(result.ReadAsText().TrimStart('\uFEFF'));
        Assert.Equal(2, rows.Count);
        Assert.Equal(("区教委, \"职教\"办公室", "jiangjin-edu", "0", ""), (rows[1][0], rows[1][1], rows[1][Array.IndexOf(rows[0], "交办 assigned")], rows[1][Array.IndexOf(rows[0], "办复率 reply rate")]));
    }

    [Fact]
    public async Task a_unit_name_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        await CreateUnits("jiangjin", ("jiangjin-edu", "=HYPERLINK(\"http://example.com\",\"区教委\")"));
        var result = await Get("/api/jiangjin/stats?format=csv", EduHandler);

        var rows = Parse(result.ReadAsText().TrimStart('\uFEFF'));
        Assert.Equal("'=HYPERLINK(\"http://example.com\",\"区教委\")", rows[1][0]);
    }

    private static async Task<byte[]> Bytes(Alba.IScenarioResult result)
    {
        var body = result.Context.Response.Body;
        if (body.CanSeek) body.Position = 0;
        using var copy = new MemoryStream();
        await body.CopyToAsync(copy);
        return copy.ToArray();
    }

    /// <summary>RFC 4180: fields split by commas, quoted when they hold commas, quotes or line breaks.</summary>
    private static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') field.Append(csv[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else field.Append(c);
        }
        Assert.Empty(row);
        return rows;
    }
}
