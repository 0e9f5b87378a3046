using Marten.Events;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Disclosure;

public sealed class PublicPagingTests(AppFixture fixture) : DisclosureTest(fixture)
{
    [Fact]
    public async Task pages_hold_the_newest_first_with_the_total()
    {
        var first = await RepliedItem();
        await Advance(TimeSpan.FromDays(1));
        var second = await RepliedItem();
        await Advance(TimeSpan.FromDays(1));
        var third = await RepliedItem();

        var page1 = await PublicPage("pageSize=2");
        Assert.Equal((3, 1, 2), (page1.GetProperty("total").GetInt32(), page1.GetProperty("page").GetInt32(), page1.GetProperty("pageSize").GetInt32()));
        Assert.Equal([third, second], await PublicIds("pageSize=2"));
        Assert.Equal([first], await PublicIds("page=2&pageSize=2"));

        var past = await PublicPage("page=3&pageSize=2");
        Assert.Equal((3, 0), (past.GetProperty("total").GetInt32(), past.GetProperty("items").GetArrayLength()));
        Assert.Equal(3, (await PublicPage($"{Q("产教融合")}&page=5")).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("year=20244", "year")]
    public async Task bad_paging_and_filters_are_400_problems(string query, string field)
    {
        Assert.Equal([field], ErrorFields(await Get($"/api/public/jiangjin/replies?{query}", null, 400)));
    }

    [Fact]
    public async Task a_page_of_200_is_allowed()
    {
        await RepliedItem();
        Assert.Equal(200, (await PublicPage("pageSize=200")).GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task filters_by_session_unit_category_and_year()
    {
        var education = await RepliedItem(category: "a");
        var labour = await AssignedItem([Hrss], [Econ]);
        await Reply(labour, Hrss, category: "c");
        var otherSession = await OpenSession(body: "cppcc", name: "区政协十五届三次会议");

        Assert.Equal([education], await PublicIds($"unit={Edu}"));
        Assert.Equal(2, (await PublicIds($"unit={Econ}")).Length); // co-organizer of both
        Assert.Equal([labour], await PublicIds("category=c"));
        Assert.Equal(2, (await PublicIds($"sessionId={await Session()}")).Length);
        Assert.Empty(await PublicIds($"sessionId={otherSession}"));
        Assert.Equal(2, (await PublicIds($"year={Today.Year}")).Length);
        Assert.Empty(await PublicIds($"year={Today.Year - 1}"));
        Assert.Equal([labour], await PublicIds($"{Q("产教融合")}&unit={Hrss}&category=c&year={Today.Year}"));
    }

    [Fact]
    public async Task an_unknown_jurisdiction_or_item_is_a_404_problem_and_jurisdictions_do_not_mix()
    {
        var id = await RepliedItem();

        await Get("/api/public/nowhere/replies", null, 404);
        await Get($"/api/public/nowhere/replies/{id}", null, 404);
        await Get($"/api/public/jiangjin/replies/{Guid.NewGuid()}", null, 404);
        await Get($"/api/public/tianjin/replies/{id}", null, 404);
        Assert.Empty(await PublicIds(tenant: "tianjin"));
    }

    [Fact]
    public async Task anyone_reads_the_public_pages_even_with_a_token_of_another_jurisdiction()
    {
        var id = await RepliedItem();
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(15));

        await Get($"/api/public/jiangjin/replies/{id}", User.Coordinator("tianjin"));
        await Get("/api/public/jiangjin/replies", User.Proposer("minjin-tianjin", "民进天津市委会", "tianjin"));
    }
}
