using System.Text.Json;
using Marten;
using Proposals.Api.Disclosure;
using Proposals.Api.Tests.Support;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Tests.Disclosure;

public sealed class PublicRepliesTests(AppFixture fixture) : DisclosureTest(fixture)
{
    [Fact]
    public async Task a_publication_delay_in_the_policy_keeps_a_reply_from_the_public_until_that_working_day()
    {
        await Put("/api/jiangjin/policy", HandlingPolicy.Default with { PublicationDelayWorkingDays = 3 }, Office);
        var id = await RepliedItem();
        var repliedOn = Today;
        var publishOn = WorkingCalendar.WeekendsOnly.AddWorkingDays(repliedOn, 3);

        Assert.Empty(await PublicIds());
        await PublicItem(id, status: 404);
        await Advance(TimeSpan.FromDays(publishOn.DayNumber - repliedOn.DayNumber - 1));
        Assert.Empty(await PublicIds());

        await Advance(TimeSpan.FromDays(1));
        Assert.Equal([id], await PublicIds());
        var item = await PublicItem(id);
        Assert.Equal((repliedOn, publishOn), (DateOf(item, "repliedOn"), DateOf(item, "publishedOn")));
    }

    [Fact]
    public async Task a_replied_item_is_public_with_its_title_number_session_proposer_units_date_category_and_reply()
    {
        var id = await RepliedItem(reply: "江津区教育委员会的答复：已建设校企共享的实训基地。", category: "a");

        var page = await PublicPage();
        Assert.Equal((1, 1, 20), (page.GetProperty("total").GetInt32(), page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32()));
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(
            ["id", "number", "displayNumber", "title", "content", "kind", "session", "disclosure", "proposer", "leadUnits", "coUnits", "repliedOn", "publishedOn", "replies"],
            Names(item));
        Assert.Equal((id, 1, "1", "关于加强江津区职业院校产教融合的建议", "suggestion", "full", "陈美志"),
            (item.GetProperty("id").GetGuid(), item.GetProperty("number").GetInt32(), item.GetProperty("displayNumber").GetString(),
             item.GetProperty("title").GetString(), item.GetProperty("kind").GetString(), item.GetProperty("disclosure").GetString(),
             item.GetProperty("proposer").GetString()));
        Assert.Equal("建议职业院校与园区企业共建实训基地。", item.GetProperty("content").GetString());
        Assert.Equal((await Session(), "区十八届人大三次会议"), (item.GetProperty("session").GetProperty("id").GetGuid(), item.GetProperty("session").GetProperty("name").GetString()));
        Assert.Equal([(Edu, "区教委")], Units(item, "leadUnits"));
        Assert.Equal([(Econ, "区经济信息委")], Units(item, "coUnits"));
        Assert.Equal((Today, Today), (DateOf(item, "repliedOn"), DateOf(item, "publishedOn")));

        var reply = Assert.Single(item.GetProperty("replies").EnumerateArray());
        Assert.Equal(["unit", "category", "repliedOn", "scope", "text"], Names(reply));
        Assert.Equal((Edu, "区教委", "a", "full", "江津区教育委员会的答复：已建设校企共享的实训基地。"),
            (reply.GetProperty("unit").GetProperty("id").GetString(), reply.GetProperty("unit").GetProperty("name").GetString(),
             reply.GetProperty("category").GetString(), reply.GetProperty("scope").GetString(), reply.GetProperty("text").GetString()));
        Assert.Equal(Today, DateOf(reply, "repliedOn"));

        Assert.Equal(item.GetRawText(), (await PublicItem(id)).GetRawText());
    }

    [Fact]
    public async Task a_summary_disclosure_publishes_the_summary_instead_of_the_reply()
    {
        var id = await RepliedItem(disclosure: Summary("已会同园区企业共建实训基地。"), reply: "答复全文：含企业名单和投资金额。");

        var reply = Assert.Single((await PublicItem(id)).GetProperty("replies").EnumerateArray());
        Assert.Equal(("summary", "已会同园区企业共建实训基地。"), (reply.GetProperty("scope").GetString(), reply.GetProperty("text").GetString()));
        Assert.DoesNotContain("企业名单", await PublicText(id));
        Assert.Empty(await PublicIds(Q("企业名单")));
        Assert.Equal([id], await PublicIds(Q("共建实训基地")));
    }

    [Fact]
    public async Task a_title_only_consent_publishes_the_title_number_session_and_dates_alone()
    {
        var id = await RepliedItem(consent: "title-only", content: "建议内容：园区企业名单。", reply: "答复正文：实训基地建设进展。");

        var item = await PublicItem(id);
        Assert.Equal(("关于加强江津区职业院校产教融合的建议", "1", "title-only"),
            (item.GetProperty("title").GetString(), item.GetProperty("displayNumber").GetString(), item.GetProperty("disclosure").GetString()));
        Assert.Equal("区十八届人大三次会议", item.GetProperty("session").GetProperty("name").GetString());
        Assert.Equal((Today, Today), (DateOf(item, "repliedOn"), DateOf(item, "publishedOn")));
        Assert.Equal(JsonValueKind.Null, item.GetProperty("content").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("proposer").ValueKind);
        Assert.Equal(0, item.GetProperty("leadUnits").GetArrayLength() + item.GetProperty("coUnits").GetArrayLength() + item.GetProperty("replies").GetArrayLength());

        var text = await PublicText(id);
        foreach (var hidden in new[] { "园区企业名单", "实训基地建设进展", "陈美志", "区教委" }) Assert.DoesNotContain(hidden, text);
        Assert.Empty(await PublicIds(Q("实训基地")));
        Assert.Empty(await PublicIds($"unit={Edu}"));
        Assert.Empty(await PublicIds("category=a"));
        Assert.Equal([id], await PublicIds(Q("产教融合")));
    }

    [Fact]
    public async Task with_several_lead_units_only_the_disclosed_replies_are_published()
    {
        var id = await AssignedItem([Edu, Hrss], [Econ]);
        await Reply(id, Edu, Full, "区教委答复：实训基地已建成。");
        await Reply(id, Hrss, NotDisclosed("涉及个人就业信息"), "区人力社保局答复：涉及个人就业信息的名单。", "c");

        var item = await PublicItem(id);
        var reply = Assert.Single(item.GetProperty("replies").EnumerateArray());
        Assert.Equal((Edu, "区教委答复：实训基地已建成。"), (reply.GetProperty("unit").GetProperty("id").GetString(), reply.GetProperty("text").GetString()));
        Assert.Equal([(Edu, "区教委"), (Hrss, "区人力社保局")], Units(item, "leadUnits"));
        var text = await PublicText(id);
        Assert.DoesNotContain("名单", text);
        Assert.DoesNotContain("涉及个人就业信息", text);
        Assert.Empty(await PublicIds("category=c"));
    }

    [Fact]
    public async Task an_item_is_published_only_once_every_lead_unit_has_replied()
    {
        var id = await AssignedItem([Edu, Hrss]);
        Assert.Empty(await PublicIds());

        await Reply(id, Edu);
        Assert.Empty(await PublicIds());
        await PublicItem(id, status: 404);

        await Reply(id, Hrss);
        Assert.Equal([id], await PublicIds());
    }

    [Fact]
    public async Task re_handling_withdraws_the_publication_until_the_new_round_is_replied()
    {
        var id = await RepliedItem(reply: "第一轮答复：正在研究。", category: "c");
        Assert.Equal([id], await PublicIds());

        await Step(id, "ratings", Chen, 200, new { attitude = "satisfied", result = "unsatisfied", comment = "没有回应实训基地问题" });
        Assert.Empty(await PublicIds());
        await PublicItem(id, status: 404);

        await Reply(id, Edu, Full, "第二轮答复：实训基地已建成。");
        var reply = Assert.Single((await PublicItem(id)).GetProperty("replies").EnumerateArray());
        Assert.Equal("第二轮答复：实训基地已建成。", reply.GetProperty("text").GetString());
        Assert.DoesNotContain("第一轮答复", await PublicText(id));
        Assert.DoesNotContain("没有回应实训基地问题", await PublicText(id));
    }

    [Fact]
    public async Task a_closed_item_stays_published()
    {
        var id = await RepliedItem();
        await Step(id, "ratings", Chen, 200, new { attitude = "satisfied", result = "satisfied" });

        Assert.Equal([id], await PublicIds());
    }

    [Fact]
    public async Task an_item_is_public_from_its_publication_day_on()
    {
        var id = Guid.NewGuid();
        await using (var session = Store.LightweightSession("jiangjin"))
        {
            session.Store(new PublicReply
            {
                Id = id, SessionId = await Session(), Kind = ProposalKind.Suggestion, Title = "关于明日公开事项的建议", Consent = DisclosureConsent.TitleOnly,
                LeadUnits = [Edu], RepliedOn = Today.AddDays(1), PublishedOn = Today.AddDays(1), TitleTerms = "明日 日公 公开",
            });
            await session.SaveChangesAsync();
        }
        Assert.Empty(await PublicIds());
        Assert.Empty(await PublicIds(Q("明日公开")));
        await PublicItem(id, status: 404);

        await Advance(TimeSpan.FromDays(1));
        Assert.Equal([id], await PublicIds(Q("明日公开")));
        await PublicItem(id);
    }

    [Fact]
    public async Task anyone_reads_without_signing_in_and_a_jurisdictions_own_token_is_welcome_too()
    {
        var id = await RepliedItem();

        Assert.Equal(1, (await PublicPage(user: Office)).GetProperty("total").GetInt32());
        Assert.Equal(1, (await PublicPage(user: User.Handler(Econ))).GetProperty("total").GetInt32());
        Assert.Equal(id, (await PublicItem(id)).GetProperty("id").GetGuid());
    }

    private static (string, string)[] Units(JsonElement item, string property) =>
        item.GetProperty(property).EnumerateArray().Select(u => (u.GetProperty("id").GetString()!, u.GetProperty("name").GetString()!)).ToArray();

    private static DateOnly DateOf(JsonElement element, string property) => DateOnly.Parse(element.GetProperty(property).GetString()!);
}
