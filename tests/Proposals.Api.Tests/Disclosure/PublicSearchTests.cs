using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using Proposals.Api.DemoData;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Disclosure;

public sealed class PublicSearchTests(AppFixture fixture) : DisclosureTest(fixture)
{
    [Fact]
    public async Task the_demo_items_are_found_by_their_chinese_words_in_their_own_jurisdictions()
    {
        await Host.ResetAllMartenDataAsync();
        await new DemoDataSeeder(Store, NullLogger<DemoDataSeeder>.Instance).StartAsync(CancellationToken.None);

        var no92 = Assert.Single((await PublicPage()).GetProperty("items").EnumerateArray());
        var no447 = Assert.Single((await PublicPage(tenant: "tianjin")).GetProperty("items").EnumerateArray());
        Assert.Equal(("92", "2023-09-04", "陈美志"), (no92.GetProperty("displayNumber").GetString(), no92.GetProperty("publishedOn").GetString(), no92.GetProperty("proposer").GetString()));
        Assert.Equal(("0447", "2024-04-26", "民进天津市委会"), (no447.GetProperty("displayNumber").GetString(), no447.GetProperty("publishedOn").GetString(), no447.GetProperty("proposer").GetString()));
        var (jiangjin, tianjin) = (no92.GetProperty("id").GetGuid(), no447.GetProperty("id").GetGuid());

        foreach (var words in new[] { "产教融合", "职业教育" })
        {
            Assert.Equal([jiangjin], await PublicIds(Q(words)));
            Assert.Equal([tianjin], await PublicIds(Q(words), "tianjin"));
        }
        Assert.Equal([jiangjin], await PublicIds(Q("江津")));
        Assert.Empty(await PublicIds(Q("江津"), "tianjin"));
        Assert.Empty(await PublicIds(Q("天津"))); // 江津 is not 天津
        Assert.Equal([tianjin], await PublicIds(Q("天津"), "tianjin"));
    }

    [Fact]
    public async Task results_come_by_relevance_title_and_text_then_title_then_text()
    {
        var inText = await RepliedItem(title: "关于加强园区企业用工服务的建议", content: "建议深化产教融合。");
        var inTitle = await RepliedItem(title: "关于深化产教融合的建议", content: "建议园区企业参与办学。");
        var inBoth = await RepliedItem(title: "关于推进产教融合的建议", reply: "答复：产教融合联合体已经建成。");
        var neither = await RepliedItem(title: "关于改善乡村道路的建议", content: "建议硬化乡村道路。", reply: "答复：道路已列入计划。");

        Assert.Equal([inBoth, inTitle, inText], await PublicIds(Q("产教融合")));
        Assert.Equal([neither], await PublicIds(Q("乡村道路")));
        Assert.Equal(4, (await PublicPage()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task one_character_finds_every_item_holding_it_wherever_it_stands_in_its_run()
    {
        var first = await RepliedItem(title: "关于加强师资的建议", content: "教师培训不足。");
        var inside = await RepliedItem(title: "关于发展职业教育的建议", content: "建议增加经费。");
        var last = await RepliedItem(title: "关于改进学校管理的建议", content: "建议因材施教。");
        var alone = await RepliedItem(title: "关于改进课堂的建议", content: "建议：教，学并重。");
        await RepliedItem(title: "关于改善乡村道路的建议", content: "建议硬化乡村道路。");

        Assert.Equal(new[] { first, inside, last, alone }.Order(), (await PublicIds(Q("教"))).Order());
        Assert.Equal([alone], await PublicIds(Q("教 学")));
        Assert.Equal([last], await PublicIds(Q("施 教")));
    }

    [Fact]
    public async Task the_public_table_keeps_documents_out_of_the_rows_a_search_visits()
    {
        var item = await RepliedItem(title: "关于深化产教融合的建议", content: string.Concat(Enumerable.Repeat("建议园区企业参与职业院校办学。", 20)));
        Assert.Equal([item], await PublicIds(Q("产教融合")));

        // Any document over 128 bytes once compressed is stored in the TOAST table, not in the row.
        var options = (string[]?)await SqlScalar("select reloptions from pg_class where oid = 'proposals.mt_doc_publicreply'::regclass");
        Assert.Contains("toast_tuple_target=128", options ?? []);
    }

    [Fact]
    public async Task a_query_needs_all_of_its_words_and_ignores_punctuation_spaces_width_and_case()
    {
        var vocational = await RepliedItem(title: "关于发展5G智慧校园和职业教育的建议", content: "建议建设５Ｇ实训室。");
        await RepliedItem(title: "关于职业病防治的建议", content: "建议加强教育宣传。", reply: "答复：已开展培训。");

        Assert.Equal([vocational], await PublicIds(Q("职业教育")));
        Assert.Equal([vocational], await PublicIds(Q(" 职业，教育！")));
        Assert.Equal([vocational], await PublicIds(Q("5g 智慧校园")));
        Assert.Equal([vocational], await PublicIds(Q("５Ｇ")));
        Assert.Empty(await PublicIds(Q("职业教育 乡村")));
        Assert.Equal(2, (await PublicIds(Q("职业"))).Length);
        Assert.Equal(2, (await PublicIds(Q("教"))).Length);
        Assert.Equal(2, (await PublicIds(Q("。，！ "))).Length); // nothing to search for: every item
    }

    [Fact]
    public async Task a_query_longer_than_100_characters_is_refused()
    {
        Assert.Equal(["q"], ErrorFields(await Get($"/api/public/jiangjin/replies?{Q(new string('教', 101))}", null, 400)));
        await Get($"/api/public/jiangjin/replies?{Q(new string('教', 100))}", null);
    }
}
