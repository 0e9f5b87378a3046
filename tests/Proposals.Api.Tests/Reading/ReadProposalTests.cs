using System.Text.Json;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Reading;

public sealed class ReadProposalTests(AppFixture fixture) : ApiTest(fixture)
{
    private static readonly User Chen = User.Proposer();
    private static readonly User Li = User.Proposer("li-ming", "李明");
    private static readonly User Stranger = User.Proposer("zhao-lei", "赵磊");
    private static readonly User Office = User.Coordinator();

    [Fact]
    public async Task the_proposer_co_signers_and_coordinators_read_an_item_with_its_etag()
    {
        var id = await Submit(Chen, await OpenSession(), coSigners: [new { id = "li-ming", name = "李明" }]);

        foreach (var reader in new[] { Chen, Li, Office })
        {
            var result = await Get($"/api/jiangjin/proposals/{id}", reader);
            Assert.Equal("\"1\"", result.Context.Response.Headers.ETag.ToString());
            var item = ReadJson(result);
            Assert.Equal(id, item.GetProperty("id").GetGuid());
            Assert.Equal(1, item.GetProperty("version").GetInt32());
            Assert.Equal(JsonValueKind.Null, item.GetProperty("number").ValueKind);
        }
    }

    [Fact]
    public async Task anyone_else_gets_404()
    {
        var id = await Submit(Chen, await OpenSession());

        await Get($"/api/jiangjin/proposals/{id}", Stranger, 404);
        await Get($"/api/jiangjin/proposals/{id}", User.Handler(), 404);
        await Get($"/api/jiangjin/proposals/{id}/history", Stranger, 404);
        await Get($"/api/jiangjin/proposals/{Guid.NewGuid()}", Office, 404);
        await Get($"/api/jiangjin/proposals/{id}", null, 401);
    }

    [Fact]
    public async Task jurisdictions_are_isolated()
    {
        var id = await Submit(Chen, await OpenSession());
        var tianjinOffice = User.Coordinator("tianjin");

        await Get($"/api/tianjin/proposals/{id}", tianjinOffice, 404);
        await Get($"/api/tianjin/proposals/{id}/history", tianjinOffice, 404);
        Assert.Equal(0, ReadJson(await Get("/api/tianjin/proposals", tianjinOffice)).GetProperty("total").GetInt32());
        await Get($"/api/jiangjin/proposals/{id}", tianjinOffice, 403);
        await Get($"/api/nowhere/proposals/{id}", User.Admin(), 404);
    }

    [Fact]
    public async Task the_list_shows_each_reader_what_they_may_see_filtered_and_paged()
    {
        var session = await OpenSession();
        var other = await OpenSession(body: "cppcc", name: "区政协十五届三次会议");
        var mine = new[] { await Submit(Chen, session), await Submit(Chen, session), await Submit(Chen, other) };
        var jointWithLi = await Submit(Chen, session, coSigners: [new { id = "li-ming", name = "李明" }]);
        var strangers = await Submit(Stranger, session);
        await Step(mine[0], "registration", Office, 200);

        Assert.Equal(5, ReadJson(await Get("/api/jiangjin/proposals", Office)).GetProperty("total").GetInt32());
        Assert.Equal(4, ReadJson(await Get("/api/jiangjin/proposals", Chen)).GetProperty("total").GetInt32());
        Assert.Equal([jointWithLi], Ids(await Get("/api/jiangjin/proposals", Li)));
        Assert.Equal([strangers], Ids(await Get("/api/jiangjin/proposals", Stranger)));
        Assert.Empty(Ids(await Get("/api/jiangjin/proposals", User.Handler())));

        Assert.Equal([mine[0]], Ids(await Get("/api/jiangjin/proposals?status=registered", Chen)));
        Assert.Equal([mine[2]], Ids(await Get($"/api/jiangjin/proposals?sessionId={other}", Chen)));

        var page = ReadJson(await Get("/api/jiangjin/proposals?page=2&pageSize=2", Office));
        Assert.Equal((5, 2, 2), (page.GetProperty("total").GetInt32(), page.GetProperty("page").GetInt32(), page.GetProperty("items").GetArrayLength()));
        Assert.Equal(1, ReadJson(await Get("/api/jiangjin/proposals?page=3&pageSize=2", Office)).GetProperty("items").GetArrayLength());
        Assert.Equal(0, ReadJson(await Get("/api/jiangjin/proposals?page=9&pageSize=2", Office)).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    public async Task out_of_range_paging_is_400(string query, string field)
    {
        Assert.Equal([field], ErrorFields(await Get($"/api/jiangjin/proposals?{query}", Office, 400)));
    }

    [Theory]
    [InlineData("status=nonsense")]
    [InlineData("page=abc")]
    [InlineData("sessionId=not-a-guid")]
    public async Task unparseable_filters_are_400(string query)
    {
        await Get($"/api/jiangjin/proposals?{query}", Office, 400);
    }

    [Fact]
    public async Task the_history_lists_every_event_oldest_first_with_its_actor()
    {
        var id = await Submit(Chen, await OpenSession());
        await Step(id, "registration", Office, 200);

        var history = ReadJson(await Get($"/api/jiangjin/proposals/{id}/history", Chen)).EnumerateArray().ToArray();

        Assert.Equal(["proposal-submitted", "proposal-registered"], history.Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(("chen-meizhi", "陈美志", "proposer"), Actor(history[0]));
        Assert.Equal((Office.Id, Office.Name, "coordinator"), Actor(history[1]));
        Assert.Equal(1, history[1].GetProperty("data").GetProperty("number").GetInt32());
        Assert.True(history[0].GetProperty("at").GetDateTimeOffset() <= history[1].GetProperty("at").GetDateTimeOffset());
    }

    private static Guid[] Ids(Alba.IScenarioResult result) =>
        ReadJson(result).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();

    private static (string?, string?, string?) Actor(JsonElement entry)
    {
        var actor = entry.GetProperty("actor");
        return (actor.GetProperty("id").GetString(), actor.GetProperty("name").GetString(), actor.GetProperty("role").GetString());
    }
}
