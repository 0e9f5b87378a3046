using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Handling;

public sealed class ReassignmentRequestTests(AppFixture fixture) : HandlingTest(fixture)
{
    private static readonly object Because = new { reason = "本事项属区人力社保局职责" };

    [Fact]
    public async Task a_lead_unit_asks_for_reassignment_and_the_office_reads_why_but_the_item_stays_put()
    {
        var id = await AssignedToEdu();

        var result = await Step(id, "reassignment-requests", Edu, 200, new { reason = "  本事项属区人力社保局职责  " });

        Assert.Equal("assigned", Status(ReadJson(result)));
        var item = await Read(id, Office);
        var request = Assert.Single(Items(item, "reassignmentRequests"));
        Assert.Equal(EduUnit, request.GetProperty("unit").GetString());
        Assert.Equal("本事项属区人力社保局职责", request.GetProperty("reason").GetString());
        Assert.Equal(Edu.Id, request.GetProperty("by").GetProperty("id").GetString());
        Assert.Equal([EduUnit], Strings(item, "leadUnits"));
        Assert.Equal("reassignment-requested", (await HistoryTypes(id)).Last());
    }

    [Fact]
    public async Task a_co_organizer_may_ask_too()
    {
        var id = await AssignedToEdu(EconUnit);

        await Step(id, "reassignment-requests", Econ, 200, Because);

        Assert.Equal(EconUnit, Assert.Single(Items(await Read(id, Office), "reassignmentRequests")).GetProperty("unit").GetString());
    }

    [Fact]
    public async Task handlers_see_the_requests_and_the_proposer_does_not()
    {
        var id = await AssignedToEdu();
        await Step(id, "reassignment-requests", Edu, 200, Because);

        Assert.Single(Items(await Read(id, Edu), "reassignmentRequests"));
        Assert.Empty(Items(await Read(id, Chen), "reassignmentRequests"));
    }

    [Fact]
    public async Task the_window_is_seven_working_days_after_assignment()
    {
        var id = await AssignedToEdu(EconUnit, HrssUnit);
        var closesOn = WorkingDaysAfter(Today, 7);

        await AdvanceTo(closesOn);
        await Step(id, "reassignment-requests", Econ, 200, Because);

        await AdvanceDays(1);
        await Step(id, "reassignment-requests", Hrss, 409, Because);
        Assert.Single(Items(await Read(id, Office), "reassignmentRequests"));
    }

    [Fact]
    public async Task a_week_later_the_window_is_still_open_because_weekends_do_not_count()
    {
        var id = await AssignedToEdu();

        await AdvanceDays(7);

        await Step(id, "reassignment-requests", Edu, 200, Because);
    }

    [Fact]
    public async Task asking_after_the_window_is_409_and_stores_nothing()
    {
        var id = await AssignedToEdu();
        var before = await EventCount(id);

        await AdvanceDays(12);

        await Step(id, "reassignment-requests", Edu, 409, Because);
        Assert.Equal(before, await EventCount(id));
    }

    [Fact]
    public async Task a_transfer_opens_a_new_window_for_the_new_unit()
    {
        var id = await AssignedToEdu();
        await AdvanceDays(12);
        await Step(id, "assignment", Office, 200, new { leadUnits = new[] { HrssUnit }, reason = "职责调整" });

        await Step(id, "reassignment-requests", Hrss, 200, Because);
    }

    [Fact]
    public async Task a_unit_asks_once()
    {
        var id = await AssignedToEdu();
        await Step(id, "reassignment-requests", Edu, 200, Because);

        await Step(id, "reassignment-requests", Edu, 409, new { reason = "再次申请调整" });
        Assert.Single(Items(await Read(id, Office), "reassignmentRequests"));
    }

    [Fact]
    public async Task asking_once_the_item_is_replied_is_409()
    {
        var id = await Replied();

        await Step(id, "reassignment-requests", Edu, 409, Because);
    }

    [Theory]
    [InlineData("left out")]
    [InlineData("blank")]
    [InlineData("too long")]
    public async Task a_missing_or_overlong_reason_is_400(string @case)
    {
        var id = await AssignedToEdu();
        object body = @case switch
        {
            "left out" => new { },
            "blank" => new { reason = "  " },
            "too long" => new { reason = Chars(2_001) },
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        var result = await Step(id, "reassignment-requests", Edu, 400, body);

        Assert.Equal(["reason"], ErrorFields(result));
        Assert.Empty(Items(await Read(id, Office), "reassignmentRequests"));
    }

    [Fact]
    public async Task only_a_handler_of_an_assigned_unit_asks()
    {
        var id = await AssignedToEdu(EconUnit);

        await Step(id, "reassignment-requests", null, 401, Because);
        await Step(id, "reassignment-requests", Office, 403, Because);
        await Step(id, "reassignment-requests", Chen, 403, Because);
        await Step(id, "reassignment-requests", Hrss, 403, Because);
        await Step(id, "reassignment-requests", TianjinHandler, 403, Because);

        Assert.Empty(Items(await Read(id, Office), "reassignmentRequests"));
    }

    [Fact]
    public async Task a_handler_cannot_ask_about_an_item_not_yet_assigned()
    {
        await CreateUnits();
        var id = await Registered();

        await Step(id, "reassignment-requests", Edu, 403, Because);
    }

    [Fact]
    public async Task an_unknown_item_is_404()
    {
        await Step(Guid.NewGuid(), "reassignment-requests", Edu, 404, Because);
    }
}
