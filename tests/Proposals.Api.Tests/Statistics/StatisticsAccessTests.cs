using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Statistics;

public sealed class StatisticsAccessTests(AppFixture fixture) : StatisticsTest(fixture)
{
    [Fact]
    public async Task a_handler_gets_its_own_unit_s_figures_and_no_other_s()
    {
        await Given();
        var asOffice = UnitRow(await Stats(Office), Edu);

        foreach (var query in new[] { "", $"unit={Edu}" })
        {
            var own = await Stats(EduHandler, query);
            Assert.Equal(Edu, own.GetProperty("filter").GetProperty("unit").GetString());
            Assert.Equal(asOffice.GetRawText(), Assert.Single(own.GetProperty("units").EnumerateArray()).GetRawText());
            Assert.Equal(asOffice.GetProperty("figures").GetRawText(), own.GetProperty("overall").GetRawText());
        }

        await Get($"/api/jiangjin/stats?unit={Hrss}", EduHandler, 403);
        await Get($"/api/jiangjin/stats?unit={Hrss}&format=csv", EduHandler, 403);
    }

    [Fact]
    public async Task proposers_others_and_strangers_are_refused()
    {
        await CreateUnits();
        await Get("/api/jiangjin/stats", Chen, 403);
        await Get("/api/jiangjin/stats", User.Admin(), 403);
        await Get("/api/jiangjin/stats", User.Coordinator("tianjin"), 403);
        await Get("/api/jiangjin/stats", User.Handler("tj-edu", "tianjin"), 403);
        await Get("/api/jiangjin/stats?format=csv", null, 401);
        await Get("/api/jiangjin/stats", null, 401);
    }

    [Fact]
    public async Task a_jurisdiction_s_figures_never_include_another_s()
    {
        await Given();
        var tianjin = await Stats(User.Coordinator("tianjin"), tenant: "tianjin");
        var items = Recount.Items(await AllEvents("tianjin"));

        Assert.Single(items);
        AssertFigures(Recount.Overall(items), tianjin.GetProperty("overall"));
        Assert.Equal(["tj-edu"], tianjin.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
        Assert.Equal((1.0, 1, 1), Rate(tianjin.GetProperty("overall"), "categoryAShare"));

        var jiangjin = await Stats(Office);
        Assert.Equal(10, jiangjin.GetProperty("overall").GetProperty("items").GetInt32());
        Assert.DoesNotContain("tj-edu", jiangjin.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unit").GetString()));
        Assert.Equal(0, (await Stats(Office, "unit=tj-edu")).GetProperty("overall").GetProperty("items").GetInt32());
    }
}
