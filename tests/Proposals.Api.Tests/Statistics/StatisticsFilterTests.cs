using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Statistics;

public sealed class StatisticsFilterTests(AppFixture fixture) : StatisticsTest(fixture)
{
    [Fact]
    public async Task session_subject_category_and_unit_narrow_the_items_counted()
    {
        var given = await Given();
        var items = Recount.Items(await AllEvents());

        var cppcc = await Stats(Office, $"sessionId={given.Cppcc}");
        AssertFigures(Recount.Overall(items.Where(i => i.Session == given.Cppcc)), cppcc.GetProperty("overall"));
        Assert.Equal(2, cppcc.GetProperty("overall").GetProperty("items").GetInt32());
        AssertFigures(Recount.ForUnit(items.Where(i => i.Session == given.Cppcc), Edu), UnitRow(cppcc, Edu).GetProperty("figures"));

        var roads = await Stats(Office, "category=交通");
        AssertFigures(Recount.Overall(items.Where(i => i.Category == "交通")), roads.GetProperty("overall"));
        Assert.Equal(4, roads.GetProperty("overall").GetProperty("items").GetInt32());

        var both = await Stats(Office, $"sessionId={given.Npc}&category=教育");
        AssertFigures(Recount.Overall(items.Where(i => i.Session == given.Npc && i.Category == "教育")), both.GetProperty("overall"));
        Assert.Equal(4, both.GetProperty("overall").GetProperty("items").GetInt32());

        Assert.Equal(0, (await Stats(Office, $"sessionId={Guid.NewGuid()}")).GetProperty("overall").GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task a_unit_filter_gives_that_unit_s_figures_overall_and_its_row_alone()
    {
        await Given();
        var items = Recount.Items(await AllEvents());

        var hrss = await Stats(Office, $"unit={Hrss}");
        AssertFigures(Recount.ForUnit(items, Hrss), hrss.GetProperty("overall"));
        var row = Assert.Single(hrss.GetProperty("units").EnumerateArray());
        Assert.Equal((Hrss, "区人力社保局"), (row.GetProperty("unit").GetString(), row.GetProperty("name").GetString()));
        Assert.Equal(hrss.GetProperty("overall").GetRawText(), row.GetProperty("figures").GetRawText());

        var econ = Assert.Single((await Stats(Office, $"unit={Econ}")).GetProperty("units").EnumerateArray());
        Assert.Equal((2, 0), (econ.GetProperty("coOrganized").GetInt32(), econ.GetProperty("figures").GetProperty("items").GetInt32()));

        var edu = await Stats(Office, $"unit={Edu}&category=交通");
        AssertFigures(Recount.ForUnit(items.Where(i => i.Category == "交通"), Edu), edu.GetProperty("overall"));
    }

    [Theory]
    [InlineData("format=xml", "format")]
    [InlineData("sessionId=not-a-guid", null)]
    public async Task bad_query_values_are_400(string query, string? field)
    {
        var result = await Get($"/api/jiangjin/stats?{query}", Office, 400);
        if (field is not null) Assert.Equal([field], ErrorFields(result));
    }
}
