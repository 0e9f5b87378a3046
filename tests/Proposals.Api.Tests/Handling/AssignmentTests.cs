using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Handling;

public sealed class AssignmentTests(AppFixture fixture) : HandlingTest(fixture)
{
    [Fact]
    public async Task assigning_a_registered_item_gives_it_its_units_and_a_reply_due_three_months_later()
    {
        await CreateUnits();
        var id = await Registered();

        var result = await Step(id, "assignment", Office, 200, new { leadUnits = new[] { EduUnit }, coUnits = new[] { EconUnit } });

        var answer = ReadJson(result);
        Assert.Equal(("assigned", 3), (Status(answer), answer.GetProperty("version").GetInt32()));
        Assert.Equal("\"3\"", result.Context.Response.Headers.ETag.ToString());

        var item = await Read(id, Office);
        Assert.Equal("assigned", Status(item));
        Assert.Equal(1, item.GetProperty("round").GetInt32());
        Assert.Equal([EduUnit], Strings(item, "leadUnits"));
        Assert.Equal([EconUnit], Strings(item, "coUnits"));
        Assert.Equal(Today, DateOf(item, "assignedOn"));
        Assert.Equal(Today.AddMonths(3), DateOf(item, "dueOn"));
        Assert.Equal(Today.AddMonths(3).DayNumber - Today.DayNumber, item.GetProperty("daysLeft").GetInt32());
        Assert.False(item.GetProperty("overdue").GetBoolean());
        Assert.Equal(Today.AddMonths(1), DateOf(item, "opinionDueOn"));
        Assert.Equal(3, item.GetProperty("version").GetInt32());

        var assignment = Assert.Single(Items(item, "assignments"));
        Assert.Equal([EduUnit], Strings(assignment, "leadUnits"));
        Assert.Equal([EconUnit], Strings(assignment, "coUnits"));
        Assert.Equal(Today.AddMonths(3), DateOf(assignment, "dueOn"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, assignment.GetProperty("reason").ValueKind);
        Assert.Equal(Office.Id, assignment.GetProperty("by").GetProperty("id").GetString());

        Assert.Equal("proposal-assigned", (await HistoryTypes(id)).Last());
    }

    [Fact]
    public async Task a_due_date_given_at_assignment_is_kept_and_the_opinions_are_due_no_later()
    {
        await CreateUnits();
        var id = await Registered();
        var dueOn = Today.AddDays(20);

        await Step(id, "assignment", Office, 200, new { leadUnits = new[] { EduUnit }, coUnits = new[] { EconUnit }, dueOn });

        var item = await Read(id, Office);
        Assert.Equal(dueOn, DateOf(item, "dueOn"));
        Assert.Equal(20, item.GetProperty("daysLeft").GetInt32());
        Assert.Equal(dueOn, DateOf(item, "opinionDueOn"));
    }

    [Fact]
    public async Task a_due_date_may_be_set_at_most_six_months_ahead()
    {
        await CreateUnits();
        var id = await Registered();

        await Step(id, "assignment", Office, 200, new { leadUnits = new[] { EduUnit }, dueOn = Today.AddMonths(6) });

        Assert.Equal(Today.AddMonths(6), DateOf(await Read(id, Office), "dueOn"));
    }

    [Fact]
    public async Task several_lead_units_handle_an_item_in_parallel()
    {
        await CreateUnits();
        var id = await Registered();

        await Step(id, "assignment", Office, 200, new { leadUnits = new[] { EduUnit, HrssUnit }, coUnits = new[] { EconUnit } });

        var item = await Read(id, Office);
        Assert.Equal([EduUnit, HrssUnit], Strings(item, "leadUnits"));
        Assert.Equal([EconUnit], Strings(item, "coUnits"));
    }

    [Theory]
    [InlineData("no lead unit", "leadUnits")]
    [InlineData("lead units left out", "leadUnits")]
    [InlineData("unknown lead unit", "leadUnits")]
    [InlineData("unknown co-organizer", "coUnits")]
    [InlineData("a unit named twice", "coUnits")]
    [InlineData("due today", "dueOn")]
    [InlineData("due yesterday", "dueOn")]
    [InlineData("due past six months", "dueOn")]
    [InlineData("reason too long", "reason")]
    public async Task bad_input_is_400_naming_the_field_and_stores_nothing(string @case, string field)
    {
        await CreateUnits();
        var id = await Registered();
        object body = @case switch
        {
            "no lead unit" => new { leadUnits = Array.Empty<string>() },
            "lead units left out" => new { coUnits = new[] { EconUnit } },
            "unknown lead unit" => new { leadUnits = new[] { "jiangjin-nowhere" } },
            "unknown co-organizer" => new { leadUnits = new[] { EduUnit }, coUnits = new[] { "tianjin-edu" } },
            "a unit named twice" => new { leadUnits = new[] { EduUnit }, coUnits = new[] { EduUnit } },
            "due today" => new { leadUnits = new[] { EduUnit }, dueOn = Today },
            "due yesterday" => new { leadUnits = new[] { EduUnit }, dueOn = Today.AddDays(-1) },
            "due past six months" => new { leadUnits = new[] { EduUnit }, dueOn = Today.AddMonths(6).AddDays(1) },
            "reason too long" => new { leadUnits = new[] { EduUnit }, reason = Chars(2_001) },
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        var result = await Step(id, "assignment", Office, 400, body);

        Assert.Equal([field], ErrorFields(result));
        Assert.Equal(2, await EventCount(id));
    }

    [Fact]
    public async Task every_bad_field_is_named_at_once()
    {
        await CreateUnits();
        var id = await Registered();

        var result = await Step(id, "assignment", Office, 400, new { leadUnits = Array.Empty<string>(), coUnits = new[] { "nowhere" }, dueOn = Today });

        Assert.Equal(["coUnits", "dueOn", "leadUnits"], ErrorFields(result).Order());
    }

    [Fact]
    public async Task only_a_coordinator_of_the_jurisdiction_assigns()
    {
        await CreateUnits();
        var id = await Registered();
        var body = new { leadUnits = new[] { EduUnit } };

        await Step(id, "assignment", null, 401, body);
        await Step(id, "assignment", Chen, 403, body);
        await Step(id, "assignment", Edu, 403, body);
        await Step(id, "assignment", User.Admin(), 403, body);
        await Step(id, "assignment", TianjinOffice, 403, body);

        Assert.Equal(2, await EventCount(id));
    }

    [Fact]
    public async Task an_item_not_yet_registered_cannot_be_assigned()
    {
        await CreateUnits();
        var id = await Submit(Chen, await OpenSession());

        await Step(id, "assignment", Office, 409, new { leadUnits = new[] { EduUnit } });

        Assert.Equal(1, await EventCount(id));
    }

    [Fact]
    public async Task a_declined_item_cannot_be_assigned()
    {
        await CreateUnits();
        var id = await Submit(Chen, await OpenSession());
        await Step(id, "decline", Office, 200, new { reason = "不属于本行政区域职权范围" });

        await Step(id, "assignment", Office, 409, new { leadUnits = new[] { EduUnit } });
    }

    [Fact]
    public async Task a_replied_item_can_no_longer_be_transferred()
    {
        var id = await Replied();

        await Step(id, "assignment", Office, 409, new { leadUnits = new[] { HrssUnit }, reason = "改由区人力社保局办理" });

        Assert.Equal([EduUnit], Strings(await Read(id, Office), "leadUnits"));
    }

    [Fact]
    public async Task a_stale_if_match_is_412_and_changes_nothing()
    {
        await CreateUnits();
        var id = await Registered();
        var body = new { leadUnits = new[] { EduUnit } };

        await Step(id, "assignment", Office, 412, body, ifMatch: "\"1\"");
        Assert.Equal("registered", Status(await Read(id, Office)));

        await Step(id, "assignment", Office, 200, body, ifMatch: "\"2\"");
    }

    [Fact]
    public async Task an_unknown_item_is_404()
    {
        await CreateUnits();

        await Step(Guid.NewGuid(), "assignment", Office, 404, new { leadUnits = new[] { EduUnit } });
    }

    [Fact]
    public async Task assigning_again_with_a_reason_transfers_the_item_and_keeps_both_assignments()
    {
        var id = await AssignedToEdu(EconUnit);
        await Step(id, "acknowledgement", Edu, 200, new { });

        await Step(id, "assignment", Office, 200, new { leadUnits = new[] { HrssUnit }, reason = "职责调整，改由区人力社保局主办" });

        var item = await Read(id, Office);
        Assert.Equal("assigned", Status(item));
        Assert.Equal([HrssUnit], Strings(item, "leadUnits"));
        Assert.Empty(Strings(item, "coUnits"));
        Assert.Empty(Strings(item, "acknowledgedBy"));

        var assignments = Items(item, "assignments");
        Assert.Equal(2, assignments.Length);
        Assert.Equal([EduUnit], Strings(assignments[0], "leadUnits"));
        Assert.Equal([EconUnit], Strings(assignments[0], "coUnits"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, assignments[0].GetProperty("reason").ValueKind);
        Assert.Equal([HrssUnit], Strings(assignments[1], "leadUnits"));
        Assert.Equal("职责调整，改由区人力社保局主办", assignments[1].GetProperty("reason").GetString());

        var history = ReadJson(await Get($"/api/jiangjin/proposals/{id}/history", Office)).EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "proposal-assigned").ToArray();
        Assert.Equal(2, history.Length);
        Assert.Equal([EduUnit], Strings(history[0].GetProperty("data"), "leadUnits"));
        Assert.Equal([HrssUnit], Strings(history[1].GetProperty("data"), "leadUnits"));
        Assert.Equal("职责调整，改由区人力社保局主办", history[1].GetProperty("data").GetProperty("reason").GetString());
        Assert.Equal(Office.Id, history[1].GetProperty("actor").GetProperty("id").GetString());
    }

    [Fact]
    public async Task a_transfer_gives_the_new_unit_three_months_from_the_transfer_unless_a_date_is_kept()
    {
        var id = await AssignedToEdu();
        var firstDue = Today.AddMonths(3);
        await AdvanceDays(10);

        await Step(id, "assignment", Office, 200, new { leadUnits = new[] { HrssUnit }, reason = "职责调整" });
        Assert.Equal(Today.AddMonths(3), DateOf(await Read(id, Office), "dueOn"));

        await Step(id, "assignment", Office, 200, new { leadUnits = new[] { EconUnit }, reason = "再次调整，期限不变", dueOn = firstDue });
        var item = await Read(id, Office);
        Assert.Equal(firstDue, DateOf(item, "dueOn"));
        Assert.Equal(3, Items(item, "assignments").Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task a_transfer_without_a_reason_is_400(string? reason)
    {
        var id = await AssignedToEdu();

        var result = await Step(id, "assignment", Office, 400, new { leadUnits = new[] { HrssUnit }, reason });

        Assert.Equal(["reason"], ErrorFields(result));
        Assert.Equal([EduUnit], Strings(await Read(id, Office), "leadUnits"));
    }

    [Fact]
    public async Task days_left_count_down_as_time_passes()
    {
        var id = await AssignedToEdu();
        var dueOn = Today.AddMonths(3);

        await AdvanceDays(10);

        var item = await Read(id, Edu);
        Assert.Equal(dueOn, DateOf(item, "dueOn"));
        Assert.Equal(dueOn.DayNumber - Today.DayNumber, item.GetProperty("daysLeft").GetInt32());
        Assert.False(item.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task a_transfer_keeping_only_lead_units_that_already_replied_does_not_leave_the_item_stuck()
    {
        await CreateUnits();
        var id = await Assigned([EduUnit, EconUnit]);
        await Step(id, "contacts", Edu, 200, ContactBody(Today));
        await Step(id, "replies", Edu, 200, ReplyBody());

        await Step(id, "assignment", Office, 200, new { leadUnits = new[] { EduUnit }, reason = "经信委不再主办" });

        // Either the item is replied now (its only lead unit has answered), or that unit may answer again.
        if (Status(await Read(id, Office)) != "replied") await Step(id, "replies", Edu, 200, ReplyBody("d"));
        Assert.Equal("replied", Status(await Read(id, Office)));
        await Step(id, "ratings", Chen, 200, new { attitude = "satisfied", result = "satisfied" });
    }
}
