using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Handling;

public sealed class ExtensionTests(AppFixture fixture) : HandlingTest(fixture)
{
    private const string Reason = "涉及跨部门协调，需延期答复";

    [Fact]
    public async Task the_office_moves_the_due_date_and_the_item_shows_the_new_one()
    {
        var id = await AssignedToEdu();
        var firstDue = Today.AddMonths(3);
        var newDue = firstDue.AddMonths(1);

        var result = await Step(id, "extension", Office, 200, new { dueOn = newDue, reason = Reason });

        Assert.Equal("assigned", Status(ReadJson(result)));
        var item = await Read(id, Edu);
        Assert.Equal(newDue, DateOf(item, "dueOn"));
        Assert.Equal(newDue.DayNumber - Today.DayNumber, item.GetProperty("daysLeft").GetInt32());
        var extension = Assert.Single(Items(item, "extensions"));
        Assert.Equal(firstDue, DateOf(extension, "previousDueOn"));
        Assert.Equal(newDue, DateOf(extension, "dueOn"));
        Assert.Equal(Reason, extension.GetProperty("reason").GetString());
        Assert.Equal(Office.Id, extension.GetProperty("by").GetProperty("id").GetString());
        Assert.Equal("deadline-extended", (await HistoryTypes(id)).Last());
    }

    [Fact]
    public async Task extensions_add_up_to_three_more_months_and_no_further()
    {
        var id = await AssignedToEdu();
        var firstDue = Today.AddMonths(3);
        var cap = Min(firstDue.AddMonths(3), Today.AddMonths(6));

        await Step(id, "extension", Office, 200, new { dueOn = firstDue.AddMonths(1), reason = Reason });
        await Step(id, "extension", Office, 200, new { dueOn = cap, reason = "再次延期" });
        await Step(id, "extension", Office, 409, new { dueOn = cap.AddDays(1), reason = "第三次延期" });

        var item = await Read(id, Office);
        Assert.Equal(cap, DateOf(item, "dueOn"));
        Assert.Equal(2, Items(item, "extensions").Length);
    }

    [Fact]
    public async Task three_more_months_count_from_the_first_due_date_even_when_six_in_total_would_allow_more()
    {
        await CreateUnits();
        var id = await Registered();
        var firstDue = Today.AddMonths(1);
        await Step(id, "assignment", Office, 200, new { leadUnits = new[] { EduUnit }, dueOn = firstDue });

        await Step(id, "extension", Office, 409, new { dueOn = firstDue.AddMonths(3).AddDays(1), reason = Reason });
        await Step(id, "extension", Office, 200, new { dueOn = firstDue.AddMonths(3), reason = Reason });
    }

    [Fact]
    public async Task the_due_date_stays_within_six_months_of_the_assignment()
    {
        await CreateUnits();
        var id = await Registered();
        await Step(id, "assignment", Office, 200, new { leadUnits = new[] { EduUnit }, dueOn = Today.AddMonths(5) });

        await Step(id, "extension", Office, 409, new { dueOn = Today.AddMonths(6).AddDays(1), reason = Reason });
        await Step(id, "extension", Office, 200, new { dueOn = Today.AddMonths(6), reason = Reason });
    }

    [Fact]
    public async Task an_extension_beyond_the_cap_stores_nothing()
    {
        var id = await AssignedToEdu();
        var before = await EventCount(id);

        await Step(id, "extension", Office, 409, new { dueOn = Today.AddMonths(7), reason = Reason });

        Assert.Equal(before, await EventCount(id));
        Assert.Equal(Today.AddMonths(3), DateOf(await Read(id, Office), "dueOn"));
    }

    [Theory]
    [InlineData("date left out", "dueOn")]
    [InlineData("the current due date", "dueOn")]
    [InlineData("an earlier date", "dueOn")]
    [InlineData("reason left out", "reason")]
    [InlineData("blank reason", "reason")]
    [InlineData("reason too long", "reason")]
    public async Task bad_input_is_400_naming_the_field_and_stores_nothing(string @case, string field)
    {
        var id = await AssignedToEdu();
        var due = Today.AddMonths(3);
        object body = @case switch
        {
            "date left out" => new { reason = Reason },
            "the current due date" => new { dueOn = due, reason = Reason },
            "an earlier date" => new { dueOn = due.AddDays(-1), reason = Reason },
            "reason left out" => new { dueOn = due.AddDays(10) },
            "blank reason" => new { dueOn = due.AddDays(10), reason = "  " },
            "reason too long" => new { dueOn = due.AddDays(10), reason = Chars(2_001) },
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        var result = await Step(id, "extension", Office, 400, body);

        Assert.Equal([field], ErrorFields(result));
        Assert.Empty(Items(await Read(id, Office), "extensions"));
    }

    [Fact]
    public async Task both_missing_fields_are_named_at_once()
    {
        var id = await AssignedToEdu();

        Assert.Equal(["dueOn", "reason"], ErrorFields(await Step(id, "extension", Office, 400, new { })).Order());
    }

    [Fact]
    public async Task only_a_coordinator_of_the_jurisdiction_extends()
    {
        var id = await AssignedToEdu();
        var body = new { dueOn = Today.AddMonths(4), reason = Reason };

        await Step(id, "extension", null, 401, body);
        await Step(id, "extension", Edu, 403, body);
        await Step(id, "extension", Chen, 403, body);
        await Step(id, "extension", TianjinOffice, 403, body);

        Assert.Empty(Items(await Read(id, Office), "extensions"));
    }

    [Fact]
    public async Task an_item_not_yet_assigned_has_no_deadline_to_extend()
    {
        await CreateUnits();
        var id = await Registered();

        await Step(id, "extension", Office, 409, new { dueOn = Today.AddMonths(4), reason = Reason });
    }

    [Fact]
    public async Task a_replied_item_has_no_deadline_to_extend()
    {
        var id = await Replied();

        await Step(id, "extension", Office, 409, new { dueOn = Today.AddMonths(4), reason = Reason });
    }

    [Fact]
    public async Task a_stale_if_match_is_412_and_changes_nothing()
    {
        var id = await AssignedToEdu();
        var body = new { dueOn = Today.AddMonths(4), reason = Reason };

        await Step(id, "extension", Office, 412, body, ifMatch: "\"2\"");
        Assert.Equal(Today.AddMonths(3), DateOf(await Read(id, Office), "dueOn"));

        await Step(id, "extension", Office, 200, body, ifMatch: "\"3\"");
    }

    [Fact]
    public async Task an_unknown_item_is_404()
    {
        await Step(Guid.NewGuid(), "extension", Office, 404, new { dueOn = Today.AddMonths(4), reason = Reason });
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
