using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using Proposals.Api.DemoData;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Platform;

public sealed class DemoDataTests(AppFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task the_demo_holds_the_two_real_items_with_their_numbers_and_numbering_continues()
    {
        await Host.ResetAllMartenDataAsync();
        var seeder = new DemoDataSeeder(Store, NullLogger<DemoDataSeeder>.Instance);
        await seeder.StartAsync(CancellationToken.None);
        await seeder.StartAsync(CancellationToken.None); // a second start leaves a seeded database alone

        var jiangjin = Single(ReadJson(await Get("/api/jiangjin/proposals", User.Coordinator())));
        Assert.Equal(("关于加强江津区职业院校产教融合的建议", 92, "92", "suggestion", "closed"),
            (jiangjin.GetProperty("title").GetString(), jiangjin.GetProperty("number").GetInt32(), jiangjin.GetProperty("displayNumber").GetString(),
             jiangjin.GetProperty("kind").GetString(), jiangjin.GetProperty("status").GetString()));
        Assert.Equal("陈美志", jiangjin.GetProperty("proposer").GetProperty("name").GetString());

        var tianjin = Single(ReadJson(await Get("/api/tianjin/proposals", User.Coordinator("tianjin"))));
        Assert.Equal((447, "0447", "proposal", "民进天津市委会"),
            (tianjin.GetProperty("number").GetInt32(), tianjin.GetProperty("displayNumber").GetString(),
             tianjin.GetProperty("kind").GetString(), tianjin.GetProperty("proposer").GetProperty("name").GetString()));

        var no92 = await Read(jiangjin.GetProperty("id").GetGuid(), User.Coordinator());
        var reply92 = Assert.Single(no92.GetProperty("replies").EnumerateArray());
        Assert.Equal(("jiangjin-edu", "a", "2023-09-04"), (reply92.GetProperty("unit").GetString(), reply92.GetProperty("category").GetString(), reply92.GetProperty("repliedOn").GetString()));
        Assert.Equal(["jiangjin-econ"], no92.GetProperty("coUnits").EnumerateArray().Select(u => u.GetString()));

        var no447 = await Read(tianjin.GetProperty("id").GetGuid(), User.Coordinator("tianjin"), "tianjin");
        Assert.Equal(("replied", "2024-04-26"), (no447.GetProperty("status").GetString(), no447.GetProperty("repliedOn").GetString()));
        Assert.Equal(["tj-hrss", "tj-miit"], no447.GetProperty("coUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(2, no447.GetProperty("opinions").GetArrayLength());

        var units = ReadJson(await Get("/api/tianjin/units", User.Coordinator("tianjin"))).EnumerateArray().Select(u => u.GetProperty("name").GetString());
        Assert.Contains("市人力社保局", units);

        var session = jiangjin.GetProperty("sessionId").GetGuid();
        var next = await Submit(User.Proposer(), session);
        Assert.Equal(93, ReadJson(await Step(next, "registration", User.Coordinator(), 200)).GetProperty("number").GetInt32());
    }

    private static System.Text.Json.JsonElement Single(System.Text.Json.JsonElement page)
    {
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        return page.GetProperty("items")[0];
    }
}
