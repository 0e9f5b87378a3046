using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Handling;

public sealed class ContactTests(AppFixture fixture) : HandlingTest(fixture)
{
    [Fact]
    public async Task a_lead_unit_records_how_it_talked_with_the_proposer()
    {
        var id = await AssignedToEdu();
        await AdvanceDays(2);
        var on = Today.AddDays(-1);

        var result = await Step(id, "contacts", Edu, 200, new { on, method = "phone", summary = "  电话沟通办理思路  " });

        Assert.Equal("assigned", Status(ReadJson(result)));
        var contact = Assert.Single(Items(await Read(id, Chen), "contacts"));
        Assert.Equal(EduUnit, contact.GetProperty("unit").GetString());
        Assert.Equal(on, DateOf(contact, "on"));
        Assert.Equal("phone", contact.GetProperty("method").GetString());
        Assert.Equal("电话沟通办理思路", contact.GetProperty("summary").GetString());
        Assert.Equal(Edu.Id, contact.GetProperty("by").GetProperty("id").GetString());
        Assert.Equal("proposer-contacted", (await HistoryTypes(id)).Last());
    }

    [Theory]
    [InlineData("meeting")]
    [InlineData("phone")]
    [InlineData("visit")]
    [InlineData("letter")]
    [InlineData("online")]
    public async Task every_contact_method_is_accepted(string method)
    {
        var id = await AssignedToEdu();

        await Step(id, "contacts", Edu, 200, new { on = Today, method, summary = "沟通" });

        Assert.Equal(method, Assert.Single(Items(await Read(id, Office), "contacts")).GetProperty("method").GetString());
    }

    [Fact]
    public async Task a_co_organizer_records_its_contacts_too()
    {
        var id = await AssignedToEdu(EconUnit);

        await Step(id, "contacts", Econ, 200, ContactBody(Today));
        await Step(id, "contacts", Edu, 200, ContactBody(Today));

        Assert.Equal([EconUnit, EduUnit], Items(await Read(id, Office), "contacts").Select(c => c.GetProperty("unit").GetString()));
    }

    [Fact]
    public async Task a_contact_may_follow_the_reply()
    {
        var id = await Replied();

        await Step(id, "contacts", Edu, 200, new { on = Today, method = "visit", summary = "答复后回访代表" });

        Assert.Equal(2, Items(await Read(id, Office), "contacts").Length);
    }

    [Theory]
    [InlineData("date left out", "on")]
    [InlineData("date in the future", "on")]
    [InlineData("date before the assignment", "on")]
    [InlineData("method left out", "method")]
    [InlineData("summary left out", "summary")]
    [InlineData("blank summary", "summary")]
    [InlineData("summary too long", "summary")]
    public async Task bad_input_is_400_naming_the_field_and_stores_nothing(string @case, string field)
    {
        var id = await AssignedToEdu();
        object body = @case switch
        {
            "date left out" => new { method = "meeting", summary = "沟通" },
            "date in the future" => new { on = Today.AddDays(1), method = "meeting", summary = "沟通" },
            "date before the assignment" => new { on = Today.AddDays(-1), method = "meeting", summary = "沟通" },
            "method left out" => new { on = Today, summary = "沟通" },
            "summary left out" => new { on = Today, method = "meeting" },
            "blank summary" => new { on = Today, method = "meeting", summary = " " },
            "summary too long" => new { on = Today, method = "meeting", summary = Chars(2_001) },
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        var result = await Step(id, "contacts", Edu, 400, body);

        Assert.Equal([field], ErrorFields(result));
        Assert.Empty(Items(await Read(id, Office), "contacts"));
    }

    [Fact]
    public async Task every_missing_field_is_named_at_once()
    {
        var id = await AssignedToEdu();

        var result = await Step(id, "contacts", Edu, 400, new { });

        Assert.Equal(["method", "on", "summary"], ErrorFields(result).Order());
    }

    [Fact]
    public async Task an_unknown_method_is_400()
    {
        var id = await AssignedToEdu();

        await PostRaw($"/api/jiangjin/proposals/{id}/contacts", $$"""{"on":"{{Today:yyyy-MM-dd}}","method":"fax","summary":"传真"}""", Edu, 400);

        Assert.Empty(Items(await Read(id, Office), "contacts"));
    }

    [Fact]
    public async Task only_a_handler_of_an_assigned_unit_records_contacts()
    {
        var id = await AssignedToEdu(EconUnit);
        var body = ContactBody(Today);

        await Step(id, "contacts", null, 401, body);
        await Step(id, "contacts", Office, 403, body);
        await Step(id, "contacts", Chen, 403, body);
        await Step(id, "contacts", Hrss, 403, body);
        await Step(id, "contacts", TianjinHandler, 403, body);

        Assert.Empty(Items(await Read(id, Office), "contacts"));
    }

    [Fact]
    public async Task a_closed_item_takes_no_more_contacts()
    {
        var id = await Closed();

        await Step(id, "contacts", Edu, 409, ContactBody(Today));

        Assert.Single(Items(await Read(id, Office), "contacts"));
    }

    [Fact]
    public async Task an_unknown_item_is_404()
    {
        await Step(Guid.NewGuid(), "contacts", Edu, 404, ContactBody(Today));
    }
}
