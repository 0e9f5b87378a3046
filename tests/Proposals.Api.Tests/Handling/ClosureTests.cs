using System.Text.Json;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Handling;

public sealed class ClosureTests(AppFixture fixture) : HandlingTest(fixture)
{
    [Fact]
    public async Task within_the_rating_window_the_office_closes_an_item_with_a_reason()
    {
        var id = await Replied();

        var result = await Step(id, "closure", Office, 200, new { reason = "  代表已当面表示满意  " });

        Assert.Equal("closed", Status(ReadJson(result)));
        var item = await Read(id, Chen);
        Assert.Equal("closed", Status(item));
        Assert.Equal("代表已当面表示满意", item.GetProperty("closureReason").GetString());
        Assert.NotEqual(JsonValueKind.Null, item.GetProperty("closedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("daysLeft").ValueKind);
        Assert.Empty(Items(item, "ratings"));
        var closed = ReadJson(await Get($"/api/jiangjin/proposals/{id}/history", Office)).EnumerateArray().Last();
        Assert.Equal("proposal-closed", closed.GetProperty("type").GetString());
        Assert.Equal(Office.Id, closed.GetProperty("actor").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public async Task within_the_rating_window_closing_without_a_reason_is_409(string? reason)
    {
        var id = await Replied();

        await Step(id, "closure", Office, 409, new { reason });

        Assert.Equal("replied", Status(await Read(id, Office)));
    }

    [Fact]
    public async Task the_rating_window_is_twenty_working_days_after_the_reply()
    {
        var id = await Replied();
        var windowEnds = WorkingDaysAfter(Today, 20);

        await AdvanceTo(windowEnds);
        await Step(id, "closure", Office, 409, new { });

        await AdvanceDays(1);
        await Step(id, "closure", Office, 200, new { });

        var item = await Read(id, Office);
        Assert.Equal("closed", Status(item));
        Assert.Equal("The rating window passed without a rating.", item.GetProperty("closureReason").GetString());
    }

    [Fact]
    public async Task closing_before_the_reply_is_409()
    {
        var id = await AssignedToEdu();

        await Step(id, "closure", Office, 409, new { reason = "提前办结" });

        Assert.Equal("assigned", Status(await Read(id, Office)));
    }

    [Fact]
    public async Task closing_a_registered_item_is_409()
    {
        await CreateUnits();
        var id = await Registered();

        await Step(id, "closure", Office, 409, new { reason = "提前办结" });
    }

    [Fact]
    public async Task an_item_is_closed_once()
    {
        var id = await Closed();

        await Step(id, "closure", Office, 409, new { reason = "再次办结" });

        Assert.Single(await HistoryTypes(id), "proposal-closed");
    }

    [Fact]
    public async Task an_overlong_reason_is_400()
    {
        var id = await Replied();

        var result = await Step(id, "closure", Office, 400, new { reason = Chars(2_001) });

        Assert.Equal(["reason"], ErrorFields(result));
        Assert.Equal("replied", Status(await Read(id, Office)));
    }

    [Fact]
    public async Task only_a_coordinator_of_the_jurisdiction_closes()
    {
        var id = await Replied();
        var body = new { reason = "提前办结" };

        await Step(id, "closure", null, 401, body);
        await Step(id, "closure", Edu, 403, body);
        await Step(id, "closure", Chen, 403, body);
        await Step(id, "closure", TianjinOffice, 403, body);

        Assert.Equal("replied", Status(await Read(id, Office)));
    }

    [Fact]
    public async Task a_stale_if_match_is_412_and_changes_nothing()
    {
        var id = await Replied();
        var version = await EventCount(id);
        var body = new { reason = "提前办结" };

        await Step(id, "closure", Office, 412, body, ifMatch: $"\"{version - 1}\"");
        Assert.Equal("replied", Status(await Read(id, Office)));

        await Step(id, "closure", Office, 200, body, ifMatch: $"\"{version}\"");
    }

    [Fact]
    public async Task an_unknown_item_is_404()
    {
        await Step(Guid.NewGuid(), "closure", Office, 404, new { reason = "提前办结" });
    }
}
