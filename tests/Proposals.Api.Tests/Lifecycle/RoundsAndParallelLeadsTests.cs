using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Lifecycle;

public sealed class RoundsAndParallelLeadsTests(AppFixture fixture) : ApiTest(fixture)
{
    private static readonly User Chen = User.Proposer();
    private static readonly User Education = User.Handler("jiangjin-edu");
    private static readonly User Labour = User.Handler("jiangjin-hrss");

    [Fact]
    public async Task an_unsatisfied_result_sends_the_item_back_for_a_second_round_that_is_rated_again()
    {
        await CreateUnits();
        var id = await Assigned(["jiangjin-edu"]);
        await Step(id, "contacts", Education, 200, ContactBody(Today));
        await Step(id, "replies", Education, 200, ReplyBody("c"));

        var rated = await Step(id, "ratings", Chen, 200, new { attitude = "basically-satisfied", result = "unsatisfied", comment = "实训基地问题没有回应" });
        Assert.Equal("rehandling", ReadJson(rated).GetProperty("status").GetString());

        var second = await Read(id, Chen);
        Assert.Equal((2, Today.AddMonths(1).ToString("yyyy-MM-dd")), (second.GetProperty("round").GetInt32(), second.GetProperty("dueOn").GetString()));
        await Step(id, "replies", Education, 409, ReplyBody("b", [new { description = "明年建成实训基地", dueOn = Today.AddMonths(9) }]));

        await Step(id, "contacts", Education, 200, new { on = Today, method = "visit", summary = "走访代表，说明整改安排" });
        await Step(id, "replies", Education, 200, ReplyBody("b", [new { description = "明年建成实训基地", dueOn = Today.AddMonths(9) }]));
        await Step(id, "ratings", Chen, 200, new { attitude = "satisfied", result = "satisfied" });

        var closed = await Read(id, Chen);
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal([1, 2], closed.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("round").GetInt32()));
        Assert.Equal(["unsatisfied", "satisfied"], closed.GetProperty("ratings").EnumerateArray().Select(r => r.GetProperty("result").GetString()));
    }

    [Fact]
    public async Task parallel_lead_units_each_answer_their_part_and_the_item_is_replied_when_all_have()
    {
        await CreateUnits();
        var id = await Assigned(["jiangjin-edu", "jiangjin-hrss"], ["jiangjin-econ"]);

        await Step(id, "contacts", Education, 200, ContactBody(Today));
        var first = await Step(id, "replies", Education, 200, ReplyBody("a"));
        Assert.Equal("assigned", ReadJson(first).GetProperty("status").GetString());
        await Step(id, "ratings", Chen, 409, new { attitude = "satisfied", result = "satisfied" });

        await Step(id, "contacts", Labour, 200, ContactBody(Today));
        var second = await Step(id, "replies", Labour, 200, ReplyBody("c"));
        Assert.Equal("replied", ReadJson(second).GetProperty("status").GetString());

        var item = await Read(id, Chen);
        Assert.Equal(["jiangjin-edu", "jiangjin-hrss"], item.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("unit").GetString()));
        Assert.Equal(Today.ToString("yyyy-MM-dd"), item.GetProperty("repliedOn").GetString());
    }
}
