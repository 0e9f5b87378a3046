using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Reading;

public sealed class WorkListTests(AppFixture fixture) : ApiTest(fixture)
{
    private static readonly User Chen = User.Proposer();
    private static readonly User Office = User.Coordinator();

    [Fact]
    public async Task every_filter_narrows_the_list()
    {
        await CreateUnits();
        var npc = await OpenSession();
        var cppcc = await OpenSession(body: "cppcc", name: "区政协十五届三次会议");
        var education = await Item(npc, "关于职业院校产教融合的建议", "教育");
        var roads = await Item(npc, "关于改善农村道路的建议", "交通");
        var proposal = await Item(cppcc, "关于发展托育服务的提案", "民生");
        await Step(education, "registration", Office, 200);
        await Step(education, "assignment", Office, 200, new { leadUnits = new[] { "jiangjin-edu" }, coUnits = new[] { "jiangjin-econ" } });
        await Step(roads, "registration", Office, 200);
        await Step(roads, "assignment", Office, 200, new { leadUnits = new[] { "jiangjin-hrss" }, dueOn = Today.AddMonths(1) });

        Assert.Equal([education, roads], await Ids("status=assigned&sort=submittedAt"));
        Assert.Equal([proposal], await Ids($"sessionId={cppcc}"));
        Assert.Equal([education], await Ids("unit=jiangjin-econ"));
        Assert.Equal([roads], await Ids("category=交通"));
        Assert.Equal([proposal], await Ids("kind=proposal"));
        Assert.Equal([roads], await Ids($"dueBefore={Today.AddMonths(2):yyyy-MM-dd}"));
        Assert.Equal([education], await Ids("q=产教融合"));
        Assert.Equal([education], await Ids("q=建议内容&category=教育"));
        Assert.Empty(await Ids("q=不存在的词"));
        Assert.Empty(await Ids("overdue=true"));
        Assert.Equal(3, (await Ids("overdue=false")).Length);
    }

    [Fact]
    public async Task the_overdue_list_holds_items_past_their_due_date_that_still_owe_a_reply()
    {
        await CreateUnits();
        var late = await Assigned(["jiangjin-edu"]);
        var answered = await Assigned(["jiangjin-hrss"]);
        var handler = User.Handler("jiangjin-hrss");
        await Step(answered, "contacts", handler, 200, ContactBody(Today));
        await Step(answered, "replies", handler, 200, ReplyBody());

        await Advance(TimeSpan.FromDays(100));

        Assert.Equal([late], await Ids("overdue=true"));
        var row = ReadJson(await Get("/api/jiangjin/proposals?overdue=true", Office)).GetProperty("items")[0];
        Assert.True(row.GetProperty("overdue").GetBoolean());
        Assert.True(row.GetProperty("daysLeft").GetInt32() < 0);
        Assert.Equal([answered], await Ids("overdue=false"));
    }

    [Fact]
    public async Task rows_show_what_a_work_list_needs()
    {
        await CreateUnits();
        var id = await Assigned(["jiangjin-edu"], ["jiangjin-econ"]);

        var row = ReadJson(await Get("/api/jiangjin/proposals", User.Handler("jiangjin-econ"))).GetProperty("items")[0];

        Assert.Equal(id, row.GetProperty("id").GetGuid());
        Assert.Equal(1, row.GetProperty("number").GetInt32());
        Assert.Equal("陈美志", row.GetProperty("proposer").GetProperty("name").GetString());
        Assert.Equal(["jiangjin-edu"], row.GetProperty("leadUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(["jiangjin-econ"], row.GetProperty("coUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(("assigned", 1), (row.GetProperty("status").GetString(), row.GetProperty("round").GetInt32()));
        Assert.Equal(Today.AddMonths(3).ToString("yyyy-MM-dd"), row.GetProperty("dueOn").GetString());
        Assert.Equal(Today.AddMonths(3).DayNumber - Today.DayNumber, row.GetProperty("daysLeft").GetInt32());
        Assert.True(row.TryGetProperty("lastActivityAt", out _));
    }

    [Fact]
    public async Task lists_sort_by_due_date_submission_or_number_either_way()
    {
        await CreateUnits();
        var session = await OpenSession();
        var first = await Item(session, "甲", "教育");
        var second = await Item(session, "乙", "教育");
        var third = await Item(session, "丙", "教育");
        foreach (var id in new[] { third, first, second }) await Step(id, "registration", Office, 200);
        await Step(first, "assignment", Office, 200, new { leadUnits = new[] { "jiangjin-edu" }, dueOn = Today.AddMonths(2) });
        await Step(second, "assignment", Office, 200, new { leadUnits = new[] { "jiangjin-edu" }, dueOn = Today.AddMonths(1) });
        await Step(third, "assignment", Office, 200, new { leadUnits = new[] { "jiangjin-edu" }, dueOn = Today.AddMonths(3) });

        Assert.Equal([first, second, third], await Ids("sort=submittedAt"));
        Assert.Equal([third, second, first], await Ids("sort=-submittedAt"));
        Assert.Equal([third, second, first], await Ids(""));
        Assert.Equal([third, first, second], await Ids("sort=number"));
        Assert.Equal([second, first, third], await Ids("sort=-number"));
        Assert.Equal([second, first, third], await Ids("sort=dueOn"));
        Assert.Equal([third, first, second], await Ids("sort=-dueOn"));
    }

    [Fact]
    public async Task paging_edges()
    {
        var session = await OpenSession();
        for (var i = 0; i < 5; i++) await Item(session, $"建议{i}", "教育");

        var last = ReadJson(await Get("/api/jiangjin/proposals?page=3&pageSize=2", Office));
        Assert.Equal((5, 1), (last.GetProperty("total").GetInt32(), last.GetProperty("items").GetArrayLength()));
        Assert.Equal(5, ReadJson(await Get("/api/jiangjin/proposals?pageSize=200", Office)).GetProperty("items").GetArrayLength());
        Assert.Equal(0, ReadJson(await Get("/api/jiangjin/proposals?page=4&pageSize=2", Office)).GetProperty("items").GetArrayLength());
        Assert.Equal(["pageSize"], ErrorFields(await Get("/api/jiangjin/proposals?pageSize=201", Office, 400)));
        Assert.Equal(["sort"], ErrorFields(await Get("/api/jiangjin/proposals?sort=title", Office, 400)));
        Assert.Equal(["q"], ErrorFields(await Get($"/api/jiangjin/proposals?q={new string('字', 101)}", Office, 400)));
        await Get("/api/jiangjin/proposals?overdue=maybe", Office, 400);
        await Get("/api/jiangjin/proposals?dueBefore=someday", Office, 400);
        await Get("/api/jiangjin/proposals?kind=petition", Office, 400);
    }

    [Fact]
    public async Task filters_never_widen_what_a_reader_may_see()
    {
        var session = await OpenSession();
        await Item(session, "关于产教融合的建议", "教育");
        var other = User.Proposer("zhao-lei", "赵磊");
        await Submit(other, session, "另一位代表关于产教融合的建议");

        Assert.Single(ReadJson(await Get("/api/jiangjin/proposals?q=产教融合", Chen)).GetProperty("items").EnumerateArray());
        Assert.Empty(ReadJson(await Get("/api/jiangjin/proposals?q=产教融合", User.Handler())).GetProperty("items").EnumerateArray());
    }

    private async Task<Guid> Item(Guid session, string title, string category)
    {
        var result = await Post("/api/jiangjin/proposals", new { sessionId = session, title, content = "建议内容", category }, Chen, 201);
        return ReadJson(result).GetProperty("id").GetGuid();
    }

    private async Task<Guid[]> Ids(string query) =>
        ReadJson(await Get($"/api/jiangjin/proposals?{query}", Office)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();
}
