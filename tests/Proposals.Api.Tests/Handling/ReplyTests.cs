using System.Text.Json;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Handling;

public sealed class ReplyTests(AppFixture fixture) : HandlingTest(fixture)
{
    [Fact]
    public async Task the_lead_unit_replies_after_contacting_the_proposer_and_the_item_is_replied()
    {
        var id = await AssignedToEdu();
        await Step(id, "contacts", Edu, 200, ContactBody(Today));

        var result = await Step(id, "replies", Edu, 200, new
        {
            category = "a",
            content = "  已在职教中心新建实训基地两处  ",
            signedBy = " 局长 张三 ",
            disclosure = new { scope = "full" },
        });

        Assert.Equal("replied", Status(ReadJson(result)));
        var item = await Read(id, Chen);
        Assert.Equal("replied", Status(item));
        Assert.Equal(Today, DateOf(item, "repliedOn"));
        Assert.Equal(JsonValueKind.Null, item.GetProperty("daysLeft").ValueKind);
        Assert.False(item.GetProperty("overdue").GetBoolean());

        var reply = Assert.Single(Items(item, "replies"));
        Assert.Equal(EduUnit, reply.GetProperty("unit").GetString());
        Assert.Equal(1, reply.GetProperty("round").GetInt32());
        Assert.Equal("a", reply.GetProperty("category").GetString());
        Assert.Equal("已在职教中心新建实训基地两处", reply.GetProperty("content").GetString());
        Assert.Equal("局长 张三", reply.GetProperty("signedBy").GetString());
        Assert.Equal("full", reply.GetProperty("disclosure").GetProperty("scope").GetString());
        Assert.Empty(Items(reply, "commitments"));
        Assert.Equal(Today, DateOf(reply, "repliedOn"));
        Assert.Equal(Edu.Id, reply.GetProperty("by").GetProperty("id").GetString());
        Assert.Equal("reply-issued", (await HistoryTypes(id)).Last());
    }

    [Fact]
    public async Task a_b_answer_lists_its_numbered_commitments()
    {
        var first = Today.AddMonths(6);
        var second = Today.AddMonths(12);

        var id = await Replied(BCategoryReply(("  新建实训基地  ", first), ("修订校企合作办法", second)));

        var reply = Assert.Single(Items(await Read(id, Chen), "replies"));
        Assert.Equal("b", reply.GetProperty("category").GetString());
        var commitments = Items(reply, "commitments");
        Assert.Equal([1, 2], commitments.Select(c => c.GetProperty("number").GetInt32()));
        Assert.Equal("新建实训基地", commitments[0].GetProperty("description").GetString());
        Assert.Equal([first, second], commitments.Select(c => DateOf(c, "dueOn")));
        Assert.All(commitments, c => Assert.False(c.GetProperty("fulfilled").GetBoolean()));
        Assert.All(commitments, c => Assert.Empty(Items(c, "progress")));
    }

    [Fact]
    public async Task the_category_code_is_read_regardless_of_case()
    {
        var id = await Replied(ReplyBody("C"));

        Assert.Equal("c", Assert.Single(Items(await Read(id, Office), "replies")).GetProperty("category").GetString());
    }

    [Fact]
    public async Task a_summary_disclosure_keeps_its_summary()
    {
        var id = await Replied(ReplyBody(disclosure: new { scope = "summary", summary = " 已新建实训基地 " }));

        var disclosure = Assert.Single(Items(await Read(id, Office), "replies")).GetProperty("disclosure");
        Assert.Equal(("summary", "已新建实训基地"), (disclosure.GetProperty("scope").GetString(), disclosure.GetProperty("summary").GetString()));
    }

    [Fact]
    public async Task an_undisclosed_reply_keeps_the_reason()
    {
        var id = await Replied(ReplyBody(disclosure: new { scope = "none", reason = "涉及未公开的规划" }));

        var disclosure = Assert.Single(Items(await Read(id, Office), "replies")).GetProperty("disclosure");
        Assert.Equal(("none", "涉及未公开的规划"), (disclosure.GetProperty("scope").GetString(), disclosure.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task with_several_lead_units_the_item_is_replied_when_the_last_one_replies()
    {
        await CreateUnits();
        var id = await Assigned([EduUnit, EconUnit]);
        await Step(id, "contacts", Edu, 200, ContactBody(Today));
        await Step(id, "contacts", Econ, 200, ContactBody(Today));

        await Step(id, "replies", Edu, 200, ReplyBody());
        var halfway = await Read(id, Office);
        Assert.Equal("assigned", Status(halfway));
        Assert.Equal(JsonValueKind.Null, halfway.GetProperty("repliedOn").ValueKind);
        Assert.Single(Items(halfway, "replies"));

        await Step(id, "replies", Econ, 200, ReplyBody("d"));
        var replied = await Read(id, Office);
        Assert.Equal("replied", Status(replied));
        Assert.Equal(Today, DateOf(replied, "repliedOn"));
        Assert.Equal([EduUnit, EconUnit], Items(replied, "replies").Select(r => r.GetProperty("unit").GetString()));
    }

    [Fact]
    public async Task replying_without_a_contact_is_409_by_default()
    {
        var id = await AssignedToEdu();

        await Step(id, "replies", Edu, 409, ReplyBody());

        Assert.Empty(Items(await Read(id, Office), "replies"));
    }

    [Fact]
    public async Task another_units_contact_does_not_count()
    {
        var id = await AssignedToEdu(EconUnit);
        await Step(id, "contacts", Econ, 200, ContactBody(Today));

        await Step(id, "replies", Edu, 409, ReplyBody());
    }

    [Fact]
    public async Task a_jurisdiction_that_does_not_require_contact_takes_a_reply_without_one()
    {
        var id = await AssignedToEdu();
        await SetPolicy(new { contactRequiredBeforeReply = false });

        await Step(id, "replies", Edu, 200, ReplyBody());

        Assert.Equal("replied", Status(await Read(id, Office)));
    }

    [Fact]
    public async Task a_lead_unit_replies_once_per_round()
    {
        await CreateUnits();
        var id = await Assigned([EduUnit, EconUnit]);
        await Step(id, "contacts", Edu, 200, ContactBody(Today));
        await Step(id, "replies", Edu, 200, ReplyBody());

        await Step(id, "replies", Edu, 409, ReplyBody("d"));

        Assert.Single(Items(await Read(id, Office), "replies"));
    }

    [Fact]
    public async Task a_replied_item_takes_no_second_reply()
    {
        var id = await Replied();

        await Step(id, "replies", Edu, 409, ReplyBody("d"));

        Assert.Single(Items(await Read(id, Office), "replies"));
    }

    [Fact]
    public async Task a_co_organizer_does_not_reply()
    {
        var id = await AssignedToEdu(EconUnit);
        await Step(id, "contacts", Econ, 200, ContactBody(Today));

        await Step(id, "replies", Econ, 403, ReplyBody());

        Assert.Empty(Items(await Read(id, Office), "replies"));
    }

    [Fact]
    public async Task only_a_handler_of_a_lead_unit_replies()
    {
        var id = await AssignedToEdu();
        await Step(id, "contacts", Edu, 200, ContactBody(Today));
        var body = ReplyBody();

        await Step(id, "replies", null, 401, body);
        await Step(id, "replies", Office, 403, body);
        await Step(id, "replies", Chen, 403, body);
        await Step(id, "replies", Hrss, 403, body);
        await Step(id, "replies", TianjinHandler, 403, body);

        Assert.Empty(Items(await Read(id, Office), "replies"));
    }

    [Theory]
    [InlineData("category left out", "category")]
    [InlineData("unknown category", "category")]
    [InlineData("content left out", "content")]
    [InlineData("blank content", "content")]
    [InlineData("content too long", "content")]
    [InlineData("signature left out", "signedBy")]
    [InlineData("signature too long", "signedBy")]
    [InlineData("disclosure left out", "disclosure.scope")]
    [InlineData("summary disclosure without a summary", "disclosure.summary")]
    [InlineData("summary too long", "disclosure.summary")]
    [InlineData("undisclosed without a reason", "disclosure.reason")]
    [InlineData("reason too long", "disclosure.reason")]
    [InlineData("b answer without commitments", "commitments")]
    [InlineData("commitment without a description", "commitments[0].description")]
    [InlineData("commitment due in the past", "commitments[0].dueOn")]
    [InlineData("commitment without a due date", "commitments")]
    public async Task bad_input_is_400_naming_the_field_and_stores_nothing(string @case, string field)
    {
        var id = await AssignedToEdu();
        await Step(id, "contacts", Edu, 200, ContactBody(Today));
        var later = Today.AddMonths(6);
        object body = @case switch
        {
            "category left out" => new { content = "答复", signedBy = "局长", disclosure = new { scope = "full" } },
            "unknown category" => ReplyBody("z"),
            "content left out" => new { category = "a", signedBy = "局长", disclosure = new { scope = "full" } },
            "blank content" => new { category = "a", content = "  ", signedBy = "局长", disclosure = new { scope = "full" } },
            "content too long" => new { category = "a", content = Chars(50_001), signedBy = "局长", disclosure = new { scope = "full" } },
            "signature left out" => new { category = "a", content = "答复", disclosure = new { scope = "full" } },
            "signature too long" => new { category = "a", content = "答复", signedBy = Chars(101), disclosure = new { scope = "full" } },
            "disclosure left out" => new { category = "a", content = "答复", signedBy = "局长" },
            "summary disclosure without a summary" => ReplyBody(disclosure: new { scope = "summary" }),
            "summary too long" => ReplyBody(disclosure: new { scope = "summary", summary = Chars(5_001) }),
            "undisclosed without a reason" => ReplyBody(disclosure: new { scope = "none", reason = " " }),
            "reason too long" => ReplyBody(disclosure: new { scope = "none", reason = Chars(2_001) }),
            "b answer without commitments" => ReplyBody("b"),
            "commitment without a description" => ReplyBody("b", [new { description = " ", dueOn = later }]),
            "commitment due in the past" => ReplyBody("b", [new { description = "新建实训基地", dueOn = Today.AddDays(-1) }]),
            "commitment without a due date" => ReplyBody("b", [new { description = "新建实训基地" }]),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        var result = await Step(id, "replies", Edu, 400, body);

        Assert.Equal([field], ErrorFields(result));
        Assert.Empty(Items(await Read(id, Office), "replies"));
    }

    [Fact]
    public async Task every_bad_field_is_named_at_once()
    {
        var id = await AssignedToEdu();
        await Step(id, "contacts", Edu, 200, ContactBody(Today));

        var result = await Step(id, "replies", Edu, 400, new { category = "b", disclosure = new { scope = "none" } });

        Assert.Equal(["commitments", "content", "disclosure.reason", "signedBy"], ErrorFields(result).Order());
    }

    [Fact]
    public async Task an_unknown_disclosure_scope_is_400()
    {
        var id = await AssignedToEdu();
        await Step(id, "contacts", Edu, 200, ContactBody(Today));

        await Step(id, "replies", Edu, 400, ReplyBody(disclosure: new { scope = "partial" }));
    }

    [Fact]
    public async Task a_stale_if_match_is_412_and_changes_nothing()
    {
        var id = await AssignedToEdu();
        await Step(id, "contacts", Edu, 200, ContactBody(Today));

        await Step(id, "replies", Edu, 412, ReplyBody(), ifMatch: "\"3\"");
        Assert.Equal("assigned", Status(await Read(id, Office)));

        await Step(id, "replies", Edu, 200, ReplyBody(), ifMatch: "\"4\"");
    }

    [Fact]
    public async Task an_unknown_item_is_404()
    {
        await Step(Guid.NewGuid(), "replies", Edu, 404, ReplyBody());
    }

    [Fact]
    public async Task a_null_commitment_is_400()
    {
        var id = await AssignedToEdu();
        await Step(id, "contacts", Edu, 200, ContactBody(Today));

        await PostRaw($"/api/jiangjin/proposals/{id}/replies",
            """{"category":"b","content":"答复","signedBy":"局长","disclosure":{"scope":"full"},"commitments":[null]}""", Edu, 400);

        Assert.Empty(Items(await Read(id, Office), "replies"));
    }
}
