using System.Text.Json;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Lifecycle;

/// <summary>The two real items of the domain, walked through their whole lives over HTTP.</summary>
public sealed class RealItemsTests(AppFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task jiangjin_no_92_is_registered_assigned_answered_in_category_a_rated_and_closed()
    {
        var chen = User.Proposer("chen-meizhi", "陈美志");
        var office = User.Coordinator();
        var education = User.Handler("jiangjin-edu");
        var economy = User.Handler("jiangjin-econ");
        await CreateUnits();
        var session = await OpenSession(name: "区十八届人大三次会议");

        var id = ReadJson(await Post("/api/jiangjin/proposals", new
        {
            sessionId = session,
            title = "关于加强江津区职业院校产教融合的建议",
            content = "建议职业院校与园区企业共建专业和实训基地。",
            category = "教育",
            delegation = "第一代表团",
        }, chen, 201)).GetProperty("id").GetGuid();
        await Step(id, "registration", office, 200);
        await Step(id, "assignment", office, 200, new { leadUnits = new[] { "jiangjin-edu" }, coUnits = new[] { "jiangjin-econ" } });

        await Step(id, "acknowledgement", education, 200, new { });
        await Step(id, "acknowledgement", economy, 200, new { });
        await Step(id, "opinions", economy, 200, new { content = "区经济信息委支持园区企业参与实训基地建设。" });
        await Step(id, "contacts", education, 200, new { on = Today, method = "meeting", summary = "当面听取陈美志代表的意见" });
        var replied = await Step(id, "replies", education, 200, new
        {
            category = "a",
            content = "江津区教育委员会关于区十八届人大三次会议第92号建议的答复",
            signedBy = "区教委主任",
            disclosure = new { scope = "full" },
        });
        Assert.Equal("replied", ReadJson(replied).GetProperty("status").GetString());

        var asProposer = await Read(id, chen);
        Assert.Equal("replied", asProposer.GetProperty("status").GetString());
        var reply = Assert.Single(asProposer.GetProperty("replies").EnumerateArray());
        Assert.Equal(("jiangjin-edu", "a", 1), (reply.GetProperty("unit").GetString(), reply.GetProperty("category").GetString(), reply.GetProperty("round").GetInt32()));
        var opinion = Assert.Single(asProposer.GetProperty("opinions").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, opinion.GetProperty("content").ValueKind); // the proposer learns an opinion exists, not what it says
        Assert.NotEqual(JsonValueKind.Null, Assert.Single((await Read(id, education)).GetProperty("opinions").EnumerateArray()).GetProperty("content").ValueKind);

        var rated = await Step(id, "ratings", chen, 200, new { attitude = "satisfied", result = "satisfied" });
        Assert.Equal("closed", ReadJson(rated).GetProperty("status").GetString());

        var closed = await Read(id, office);
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("daysLeft").ValueKind);
        Assert.Equal(
            ["proposal-submitted", "proposal-registered", "proposal-assigned", "assignment-acknowledged", "assignment-acknowledged",
             "co-organizer-opinion-given", "proposer-contacted", "reply-issued", "reply-rated", "proposal-closed"],
            await Types(id, office));
    }

    [Fact]
    public async Task tianjin_no_0447_goes_to_three_bureaus_and_its_b_answer_is_followed_up_until_fulfilled()
    {
        var party = User.Proposer("minjin-tianjin", "民进天津市委会", "tianjin");
        var office = User.Coordinator("tianjin");
        var education = User.Handler("tj-edu", "tianjin");
        var labour = User.Handler("tj-hrss", "tianjin");
        var industry = User.Handler("tj-miit", "tianjin");
        await CreateUnits("tianjin", ("tj-edu", "天津市教育委员会"), ("tj-hrss", "市人力社保局"), ("tj-miit", "市工业和信息化局"));
        var session = await OpenSession("tianjin", "cppcc", "市政协十五届二次会议", numberDigits: 4);

        var id = await Submit(party, session, "关于创新机制促进职业教育高质量发展的提案");
        Assert.Equal("0001", ReadJson(await Step(id, "registration", office, 200, tenant: "tianjin")).GetProperty("number").GetInt32().ToString("0000"));
        await Step(id, "assignment", office, 200, new { leadUnits = new[] { "tj-edu" }, coUnits = new[] { "tj-hrss", "tj-miit" } }, tenant: "tianjin");

        await Step(id, "opinions", labour, 200, new { content = "市人社局：技工院校校企合作情况" }, tenant: "tianjin");
        await Step(id, "opinions", industry, 200, new { content = "市工信局：产业链与专业链对接情况" }, tenant: "tianjin");
        Assert.Equal(2, (await Read(id, education, "tianjin")).GetProperty("opinions").GetArrayLength());
        Assert.Single((await Read(id, labour, "tianjin")).GetProperty("opinions").EnumerateArray()); // a co-organizer sees its own

        await Step(id, "contacts", education, 200, new { on = Today, method = "phone", summary = "与民进市委会电话沟通" }, tenant: "tianjin");
        await Step(id, "replies", education, 200, new
        {
            category = "b",
            content = "天津市教育委员会关于市政协十五届二次会议第0447号提案的办理答复",
            signedBy = "市教委",
            disclosure = new { scope = "summary", summary = "会同市人力社保局、市工业和信息化局研究答复，下一步将制定条例配套政策。" },
            commitments = new[] { new { description = "制定职业教育产教融合促进条例的配套政策文件", dueOn = Today.AddMonths(6) } },
        }, tenant: "tianjin");

        await Step(id, "ratings", party, 200, new { attitude = "satisfied", result = "basically-satisfied" }, tenant: "tianjin");
        await Step(id, "commitments/1/progress", education, 200, new { note = "配套政策已起草，正在征求意见" }, tenant: "tianjin");
        await Step(id, "commitments/1/progress", education, 200, new { note = "配套政策已印发", fulfilled = true }, tenant: "tianjin");
        await Step(id, "commitments/1/progress", education, 409, new { note = "再次报告" }, tenant: "tianjin");

        var item = await Read(id, party, "tianjin");
        Assert.Equal("closed", item.GetProperty("status").GetString());
        var commitment = item.GetProperty("replies")[0].GetProperty("commitments")[0];
        Assert.True(commitment.GetProperty("fulfilled").GetBoolean());
        Assert.Equal(2, commitment.GetProperty("progress").GetArrayLength());
    }

    private async Task<string[]> Types(Guid id, User reader) =>
        ReadJson(await Get($"/api/{reader.Tenant}/proposals/{id}/history", reader)).EnumerateArray().Select(e => e.GetProperty("type").GetString()!).ToArray();
}
