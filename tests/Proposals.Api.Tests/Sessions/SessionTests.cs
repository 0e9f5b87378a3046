using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Sessions;

public sealed class SessionTests(AppFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task a_coordinator_opens_sessions_and_everyone_in_the_jurisdiction_lists_them()
    {
        var result = await Post("/api/jiangjin/sessions", new { body = "npc", name = "区十八届人大三次会议" }, User.Coordinator(), 201);
        var id = ReadJson(result).GetProperty("id").GetGuid();
        Assert.Equal($"/api/jiangjin/sessions/{id}", result.Context.Response.Headers.Location.ToString());
        await OpenSession(body: "cppcc", name: "区政协十五届三次会议");

        var sessions = ReadJson(await Get("/api/jiangjin/sessions", User.Proposer())).EnumerateArray().ToArray();

        Assert.Equal(["区十八届人大三次会议", "区政协十五届三次会议"], sessions.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(["suggestion", "proposal"], sessions.Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal(User.Coordinator().Id, sessions[0].GetProperty("openedBy").GetProperty("id").GetString());
        Assert.Empty(ReadJson(await Get("/api/tianjin/sessions", User.Coordinator("tianjin"))).EnumerateArray());
    }

    [Fact]
    public async Task only_coordinators_open_sessions()
    {
        await Post("/api/jiangjin/sessions", new { body = "npc", name = "x" }, null, 401);
        await Post("/api/jiangjin/sessions", new { body = "npc", name = "x" }, User.Proposer(), 403);
        await Post("/api/jiangjin/sessions", new { body = "npc", name = "x" }, User.Coordinator("tianjin"), 403);
    }

    [Fact]
    public async Task invalid_sessions_are_400()
    {
        Assert.Equal(["body"], ErrorFields(await Post("/api/jiangjin/sessions", new { name = "x" }, User.Coordinator(), 400)));
        Assert.Equal(["name"], ErrorFields(await Post("/api/jiangjin/sessions", new { body = "npc", name = "" }, User.Coordinator(), 400)));
        Assert.Equal(["numberDigits"], ErrorFields(await Post("/api/jiangjin/sessions", new { body = "npc", name = "x", numberDigits = 9 }, User.Coordinator(), 400)));
        await PostRaw("/api/jiangjin/sessions", "{\"body\":\"senate\",\"name\":\"x\"}", User.Coordinator(), 400);
        await Get($"/api/jiangjin/sessions/{Guid.NewGuid()}", User.Coordinator(), 404);
    }
}
