using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Handling;

public sealed class AcknowledgementTests(AppFixture fixture) : HandlingTest(fixture)
{
    [Fact]
    public async Task a_lead_unit_acknowledging_puts_the_item_in_progress()
    {
        var id = await AssignedToEdu();

        var result = await Step(id, "acknowledgement", Edu, 200, new { });

        var answer = ReadJson(result);
        Assert.Equal(("in-progress", 4), (Status(answer), answer.GetProperty("version").GetInt32()));
        var item = await Read(id, Edu);
        Assert.Equal("in-progress", Status(item));
        Assert.Equal([EduUnit], Strings(item, "acknowledgedBy"));
        Assert.Equal(Today.AddMonths(3), DateOf(item, "dueOn"));
        Assert.Equal("assignment-acknowledged", (await HistoryTypes(id)).Last());
    }

    [Fact]
    public async Task each_assigned_unit_acknowledges_for_itself()
    {
        var id = await AssignedToEdu(EconUnit);

        await Step(id, "acknowledgement", Econ, 200, new { });
        await Step(id, "acknowledgement", Edu, 200, new { });

        var item = await Read(id, Office);
        Assert.Equal("in-progress", Status(item));
        Assert.Equal([EconUnit, EduUnit], Strings(item, "acknowledgedBy"));
    }

    [Fact]
    public async Task a_unit_acknowledges_once()
    {
        var id = await AssignedToEdu();
        await Step(id, "acknowledgement", Edu, 200, new { });

        await Step(id, "acknowledgement", Edu, 409, new { });

        Assert.Single(Strings(await Read(id, Office), "acknowledgedBy"));
    }

    [Fact]
    public async Task acknowledging_a_replied_item_is_409()
    {
        var id = await Replied(coUnits: [EconUnit]);

        await Step(id, "acknowledgement", Econ, 409, new { });
    }

    [Fact]
    public async Task only_a_handler_of_an_assigned_unit_acknowledges()
    {
        var id = await AssignedToEdu(EconUnit);

        await Step(id, "acknowledgement", null, 401, new { });
        await Step(id, "acknowledgement", Office, 403, new { });
        await Step(id, "acknowledgement", Chen, 403, new { });
        await Step(id, "acknowledgement", Hrss, 403, new { });
        await Step(id, "acknowledgement", TianjinHandler, 403, new { });

        Assert.Empty(Strings(await Read(id, Office), "acknowledgedBy"));
    }

    [Fact]
    public async Task a_stale_if_match_is_412_and_the_current_one_goes_through()
    {
        var id = await AssignedToEdu();

        await Step(id, "acknowledgement", Edu, 412, new { }, ifMatch: "\"2\"");
        Assert.Equal("assigned", Status(await Read(id, Office)));

        var result = await Step(id, "acknowledgement", Edu, 200, new { }, ifMatch: "\"3\"");
        Assert.Equal("\"4\"", result.Context.Response.Headers.ETag.ToString());
    }

    [Fact]
    public async Task an_unknown_item_is_404()
    {
        await Step(Guid.NewGuid(), "acknowledgement", Edu, 404, new { });
    }
}
