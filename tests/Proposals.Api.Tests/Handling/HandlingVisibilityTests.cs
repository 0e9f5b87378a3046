using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Handling;

public sealed class HandlingVisibilityTests(AppFixture fixture) : HandlingTest(fixture)
{
    [Fact]
    public async Task handlers_of_the_lead_and_co_organizing_units_read_the_item_and_find_it_in_their_list()
    {
        var id = await AssignedToEdu(EconUnit);

        foreach (var handler in new[] { Edu, Econ })
        {
            var item = await Read(id, handler);
            Assert.Equal("assigned", Status(item));
            Assert.Equal(Today.AddMonths(3), DateOf(item, "dueOn"));
            Assert.Equal([id], await ListedFor(handler));
        }
    }

    [Fact]
    public async Task the_list_shows_a_handler_the_units_and_days_left()
    {
        var id = await AssignedToEdu(EconUnit);

        var row = Assert.Single(ReadJson(await Get("/api/jiangjin/proposals", Edu)).GetProperty("items").EnumerateArray());
        Assert.Equal(id, row.GetProperty("id").GetGuid());
        Assert.Equal([EduUnit], Strings(row, "leadUnits"));
        Assert.Equal([EconUnit], Strings(row, "coUnits"));
        Assert.Equal(Today.AddMonths(3).DayNumber - Today.DayNumber, row.GetProperty("daysLeft").GetInt32());
    }

    [Fact]
    public async Task a_handler_of_a_unit_not_assigned_neither_reads_nor_lists_the_item()
    {
        var id = await AssignedToEdu(EconUnit);

        await Get($"/api/jiangjin/proposals/{id}", Hrss, 404);
        await Get($"/api/jiangjin/proposals/{id}/history", Hrss, 404);
        Assert.Empty(await ListedFor(Hrss));
    }

    [Fact]
    public async Task before_assignment_no_handler_reads_the_item()
    {
        await CreateUnits();
        var id = await Registered();

        await Get($"/api/jiangjin/proposals/{id}", Edu, 404);
        Assert.Empty(await ListedFor(Edu));
    }

    [Fact]
    public async Task a_handler_lists_only_the_items_of_its_unit()
    {
        await CreateUnits();
        var mine = await Assigned([EduUnit]);
        var coOrganized = await Assigned([HrssUnit], [EduUnit]);
        await Assigned([EconUnit]);

        Assert.Equal([mine, coOrganized], (await ListedFor(Edu)).Order());
        Assert.Equal(3, ReadJson(await Get("/api/jiangjin/proposals", Office)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task after_a_transfer_the_old_unit_loses_access_and_the_new_one_gains_it()
    {
        var id = await AssignedToEdu();
        await Step(id, "acknowledgement", Edu, 200, new { });

        await Step(id, "assignment", Office, 200, new { leadUnits = new[] { HrssUnit }, reason = "职责调整，改由区人力社保局主办" });

        await Get($"/api/jiangjin/proposals/{id}", Edu, 404);
        Assert.Empty(await ListedFor(Edu));
        await Step(id, "contacts", Edu, 403, ContactBody(Today));

        Assert.Equal([HrssUnit], Strings(await Read(id, Hrss), "leadUnits"));
        Assert.Equal([id], await ListedFor(Hrss));
        await Step(id, "acknowledgement", Hrss, 200, new { });
    }

    [Fact]
    public async Task a_unit_moved_from_lead_to_co_organizer_keeps_reading_but_no_longer_replies()
    {
        var id = await AssignedToEdu();
        await Step(id, "contacts", Edu, 200, ContactBody(Today));

        await Step(id, "assignment", Office, 200, new { leadUnits = new[] { HrssUnit }, coUnits = new[] { EduUnit }, reason = "改为协办" });

        Assert.Equal([EduUnit], Strings(await Read(id, Edu), "coUnits"));
        await Step(id, "replies", Edu, 403, ReplyBody());
        await Step(id, "opinions", Edu, 200, new { content = "协办意见" });
    }

    [Fact]
    public async Task a_handler_of_another_jurisdiction_is_refused()
    {
        var id = await AssignedToEdu();

        await Get($"/api/jiangjin/proposals/{id}", User.Handler(EduUnit, "tianjin"), 403);
    }

    [Fact]
    public async Task the_history_hides_what_the_item_hides_from_its_reader()
    {
        const string opinion = "opinion-of-econ-7f3a";
        const string objection = "objection-of-hrss-91c2";
        var id = await AssignedToEdu(EconUnit, HrssUnit);
        await Step(id, "opinions", Econ, 200, new { content = opinion });
        await Step(id, "reassignment-requests", Hrss, 200, new { reason = objection });
        Assert.Empty(Items(await Read(id, Chen), "reassignmentRequests"));
        Assert.Contains(opinion, (await Get($"/api/jiangjin/proposals/{id}/history", Edu)).ReadAsText());

        var readByProposer = (await Get($"/api/jiangjin/proposals/{id}/history", Chen)).ReadAsText();
        Assert.DoesNotContain(opinion, readByProposer);
        Assert.DoesNotContain(objection, readByProposer);
        Assert.DoesNotContain(opinion, (await Get($"/api/jiangjin/proposals/{id}/history", Hrss)).ReadAsText());
    }
}
