using Alba;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Disclosure;

/// <summary>The public pages come from the output cache until the public view moves on or the day changes.</summary>
public sealed class PublicCacheTests(AppFixture fixture) : DisclosureTest(fixture)
{
    private const string Search = "/api/public/jiangjin/replies?q=%E4%BA%A7%E6%95%99%E8%9E%8D%E5%90%88"; // q=产教融合

    [Fact]
    public async Task a_repeated_search_is_served_from_the_cache_with_the_same_answer()
    {
        await RepliedItem();
        await CaughtUp();

        var first = await Anonymous(Search);
        var second = await Anonymous(Search);

        Assert.False(Cached(first));
        Assert.True(Cached(second));
        Assert.Equal(first.ReadAsText(), second.ReadAsText());
        Assert.True(Cached(await Anonymous(Search + "&utm_source=weibo")), "keys the API does not read make no new entry");
    }

    [Fact]
    public async Task a_reply_published_after_a_search_was_cached_shows_in_the_next_search()
    {
        var first = await RepliedItem(title: "关于深化产教融合的建议");
        await CaughtUp();
        await Anonymous(Search);
        Assert.True(Cached(await Anonymous(Search)));

        var second = await RepliedItem(title: "关于推进产教融合的建议");
        await CaughtUp();
        var after = await Anonymous(Search);

        Assert.False(Cached(after));
        Assert.Equal(2, ReadJson(after).GetProperty("total").GetInt32());
        Assert.Equal([first, second], (await PublicIds(Q("产教融合"))).Order());
        Assert.Equal(200, (await Anonymous($"/api/public/jiangjin/replies/{second}")).Context.Response.StatusCode);
    }

    [Fact]
    public async Task a_new_day_is_a_new_page()
    {
        await RepliedItem();
        await CaughtUp();
        await Anonymous(Search);

        await Advance(TimeSpan.FromDays(1));

        Assert.False(Cached(await Anonymous(Search)));
    }

    [Fact]
    public async Task a_reader_asking_for_a_fresh_answer_gets_one_and_refreshes_the_cache()
    {
        await RepliedItem();
        await CaughtUp();
        await Anonymous(Search);

        Assert.False(Cached(await Anonymous(Search, noCache: true)));
        Assert.True(Cached(await Anonymous(Search)));
    }

    [Fact]
    public async Task problems_are_not_kept_and_pages_of_one_jurisdiction_are_not_served_for_another()
    {
        var id = await RepliedItem();
        await CaughtUp();

        Assert.False(Cached(await Anonymous("/api/public/jiangjin/replies?page=0", status: 400)));
        Assert.False(Cached(await Anonymous("/api/public/jiangjin/replies?page=0", status: 400)));
        Assert.Equal(200, (await Anonymous($"/api/public/jiangjin/replies/{id}")).Context.Response.StatusCode);
        await Anonymous($"/api/public/tianjin/replies/{id}", status: 404);
        Assert.Equal(0, ReadJson(await Anonymous(Search.Replace("jiangjin", "tianjin"))).GetProperty("total").GetInt32());
    }

    // The output cache answers a stored page with an Age header.
    private static bool Cached(IScenarioResult result) => result.Context.Response.Headers.ContainsKey("Age");
}
