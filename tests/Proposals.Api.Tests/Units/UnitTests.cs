using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Units;

public sealed class UnitTests(AppFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task a_coordinator_adds_units_of_its_jurisdiction()
    {
        var result = await Post("/api/jiangjin/units", new { id = "jiangjin-edu", name = "区教委" }, User.Coordinator(), 201);
        Assert.Equal("/api/jiangjin/units/jiangjin-edu", result.Context.Response.Headers.Location.ToString());
        await Post("/api/jiangjin/units", new { id = "jiangjin-econ", name = "区经济信息委" }, User.Coordinator(), 201);

        var units = ReadJson(await Get("/api/jiangjin/units", User.Handler())).EnumerateArray();
        Assert.Equal(["jiangjin-econ", "jiangjin-edu"], units.Select(u => u.GetProperty("id").GetString()));
        Assert.Empty(ReadJson(await Get("/api/tianjin/units", User.Coordinator("tianjin"))).EnumerateArray());
    }

    [Fact]
    public async Task a_unit_id_is_taken_once_per_jurisdiction()
    {
        await Post("/api/jiangjin/units", new { id = "edu", name = "区教委" }, User.Coordinator(), 201);
        await Post("/api/jiangjin/units", new { id = "edu", name = "区教委" }, User.Coordinator(), 409);
        await Post("/api/tianjin/units", new { id = "edu", name = "天津市教育委员会" }, User.Coordinator("tianjin"), 201);
    }

    [Fact]
    public async Task invalid_or_unauthorised_unit_requests_are_refused()
    {
        Assert.Equal(["id"], ErrorFields(await Post("/api/jiangjin/units", new { id = "区 教委", name = "区教委" }, User.Coordinator(), 400)));
        Assert.Equal(["name"], ErrorFields(await Post("/api/jiangjin/units", new { id = "edu" }, User.Coordinator(), 400)));
        await Post("/api/jiangjin/units", new { id = "edu", name = "区教委" }, User.Proposer(), 403);
        await Post("/api/jiangjin/units", new { id = "edu", name = "区教委" }, null, 401);
    }
}
