using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Disclosure;

/// <summary>What the public never reads. Each case keeps one published item beside it, so an empty answer is not just a lagging projection.</summary>
public sealed class NeverDisclosedTests(AppFixture fixture) : DisclosureTest(fixture)
{
    [Fact]
    public async Task an_item_whose_proposer_refused_disclosure_is_never_published()
    {
        var published = await RepliedItem();
        var refused = await RepliedItem(consent: "none", title: "关于园区用地调整的建议", reply: "答复正文：用地调整方案。");

        Assert.Equal([published], await PublicIds());
        Assert.Empty(await PublicIds(Q("园区用地调整")));
        await PublicItem(refused, status: 404);
    }

    [Fact]
    public async Task an_item_whose_only_reply_is_not_disclosed_is_never_published()
    {
        var published = await RepliedItem();
        var secret = await RepliedItem(disclosure: NotDisclosed(), title: "关于园区用地调整的建议");

        Assert.Equal([published], await PublicIds());
        Assert.Empty(await PublicIds(Q("园区用地调整")));
        await PublicItem(secret, status: 404);
    }

    [Fact]
    public async Task an_item_none_of_whose_lead_units_disclose_their_replies_is_never_published()
    {
        var published = await RepliedItem();
        var secret = await AssignedItem([Edu, Hrss], title: "关于园区用地调整的建议");
        await Reply(secret, Edu, NotDisclosed());
        await Reply(secret, Hrss, NotDisclosed());

        Assert.Equal([published], await PublicIds());
        await PublicItem(secret, status: 404);
    }

    [Theory]
    [InlineData("withdrawal")]
    [InlineData("decline")]
    [InlineData("conversion")]
    [InlineData("merge")]
    public async Task withdrawn_declined_converted_and_merged_items_are_never_published(string step)
    {
        var published = await RepliedItem();
        var id = await SubmitItem(title: "关于园区用地调整的建议");
        var other = await SubmitItem(title: "关于其他事项的建议");
        await Step(other, "registration", Office, 200);
        object? body = step switch
        {
            "decline" => new { reason = "属于司法机关职权范围" },
            "conversion" => new { reason = "内容属于一般性意见" },
            "merge" => new { intoId = other },
            _ => null,
        };
        await Step(id, step, step == "withdrawal" ? Chen : Office, 200, body);

        Assert.Equal([published], await PublicIds());
        Assert.Empty(await PublicIds(Q("园区用地调整")));
        await PublicItem(id, status: 404);
        var text = await PublicText(published);
        Assert.DoesNotContain("职权范围", text);
        Assert.DoesNotContain("一般性意见", text);
    }

    [Fact]
    public async Task co_signers_contacts_opinions_reasons_commitments_and_handlers_are_never_published()
    {
        var id = await AssignedItem([Edu, Hrss], [Econ], coSigners: [new { id = "wang-wu", name = "联名代表王五" }, new { name = "联名代表赵六" }]);
        await Step(id, "reassignment-requests", User.Handler(Econ), 200, new { reason = "调整申请：本单位不负责实训基地" });
        await Step(id, "opinions", User.Handler(Econ), 200, new { content = "协办意见：园区企业愿意参与" });
        await Step(id, "extension", Office, 200, new { dueOn = Today.AddMonths(4), reason = "延期理由：需要实地调研" });
        await Step(id, "contacts", User.Handler(Edu), 200, new { on = Today, method = "meeting", summary = "沟通纪要：代表关心用地问题" });
        await Step(id, "replies", User.Handler(Edu), 200, new
        {
            category = "b", content = "答复正文：实训基地明年建成。", signedBy = "签发人李局长",
            disclosure = new { scope = "full" },
            commitments = new[] { new { description = "承诺事项：明年建成实训基地", dueOn = Today.AddMonths(9) } },
        });
        await Reply(id, Hrss, NotDisclosed("不公开理由：涉及个人信息"), "区人力社保局答复正文。");
        await Step(id, "closure", Office, 200, new { reason = "办结理由：代表当面表示满意" });

        var text = await PublicText(id);
        Assert.Contains("答复正文：实训基地明年建成。", text);
        foreach (var hidden in new[]
                 {
                     "联名代表", "wang-wu", "chen-meizhi", "调整申请", "协办意见", "延期理由", "沟通纪要", "签发人", "承诺事项",
                     "不公开理由", "区人力社保局答复正文", "办结理由", "staff-", "承办人", "局长 张三", "代表工委", "office-",
                 })
            Assert.DoesNotContain(hidden, text);
    }
}
