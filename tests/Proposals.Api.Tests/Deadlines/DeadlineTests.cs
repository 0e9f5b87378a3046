using System.Text.Json;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Deadlines;

public sealed class DeadlineTests(AppFixture fixture) : ApiTest(fixture)
{
    private static readonly User Office = User.Coordinator();

    [Fact]
    public async Task a_reminder_comes_seven_days_before_the_due_date_and_the_overdue_mark_after_it()
    {
        await CreateUnits();
        var id = await Assigned(["jiangjin-edu"]);
        var dueOn = DateOnly.Parse((await Read(id, Office)).GetProperty("dueOn").GetString()!);

        await Advance(ToStartOf(dueOn.AddDays(-7)) + TimeSpan.FromHours(1));
        var reminded = await Until(id, item => item.GetProperty("reminders").GetArrayLength() == 1, "the reminder");
        Assert.Equal(7, reminded.GetProperty("reminders")[0].GetProperty("daysLeft").GetInt32());
        Assert.False(reminded.GetProperty("overdue").GetBoolean());

        await Advance(TimeSpan.FromDays(8));
        await Eventually(async () => (await Types(id)).Contains("proposal-overdue"), "the overdue mark");
        var overdue = await Read(id, Office);
        Assert.True(overdue.GetProperty("overdue").GetBoolean());
        Assert.Equal(-1, overdue.GetProperty("daysLeft").GetInt32());

        var history = await Types(id);
        Assert.Single(history, "deadline-reminder-issued");
        Assert.Single(history, "proposal-overdue");
        var system = ReadJson(await Get($"/api/jiangjin/proposals/{id}/history", Office)).EnumerateArray().Last().GetProperty("actor");
        Assert.Equal("system", system.GetProperty("role").GetString());
    }

    [Fact]
    public async Task an_extension_moves_the_reminder_and_the_old_date_passes_quietly()
    {
        await CreateUnits();
        var id = await Assigned(["jiangjin-edu"]);
        var dueOn = DateOnly.Parse((await Read(id, Office)).GetProperty("dueOn").GetString()!);
        var extended = dueOn.AddMonths(1);
        await Step(id, "extension", Office, 200, new { dueOn = extended, reason = "涉及跨部门协调" });

        await Advance(ToStartOf(dueOn.AddDays(1)) + TimeSpan.FromHours(1));
        await Task.Delay(1500); // the checks planned for the first date fire now and must do nothing
        Assert.DoesNotContain("proposal-overdue", await Types(id));
        Assert.DoesNotContain("deadline-reminder-issued", await Types(id));

        await Advance(ToStartOf(extended.AddDays(-7)) + TimeSpan.FromHours(1));
        var reminded = await Until(id, item => item.GetProperty("reminders").GetArrayLength() == 1, "the reminder of the new date");
        Assert.Equal(extended.ToString("yyyy-MM-dd"), reminded.GetProperty("reminders")[0].GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task a_replied_item_gets_no_reminder()
    {
        await CreateUnits();
        var id = await Assigned(["jiangjin-edu"]);
        var handler = User.Handler("jiangjin-edu");
        await Step(id, "contacts", handler, 200, ContactBody(Today));
        await Step(id, "replies", handler, 200, ReplyBody());

        await Advance(TimeSpan.FromDays(120));
        await Task.Delay(1500);
        Assert.DoesNotContain("deadline-reminder-issued", await Types(id));
        Assert.DoesNotContain("proposal-overdue", await Types(id));
    }

    [Fact]
    public async Task a_reminder_still_comes_after_the_api_restarted()
    {
        await CreateUnits();
        var id = await Assigned(["jiangjin-edu"]);
        var dueOn = DateOnly.Parse((await Read(id, Office)).GetProperty("dueOn").GetString()!);

        await Fixture.RestartAsync();
        await Advance(ToStartOf(dueOn.AddDays(-7)) + TimeSpan.FromHours(1));

        await Until(id, item => item.GetProperty("reminders").GetArrayLength() == 1, "the reminder after a restart");
    }

    private TimeSpan ToStartOf(DateOnly day) => Domain.Common.ChinaTime.StartOf(day) - Fixture.Clock.GetUtcNow();

    private async Task<JsonElement> Until(Guid id, Func<JsonElement, bool> condition, string what)
    {
        JsonElement item = default;
        await Eventually(async () => condition(item = await Read(id, Office)), what);
        return item;
    }

    private async Task<string[]> Types(Guid id) =>
        ReadJson(await Get($"/api/jiangjin/proposals/{id}/history", Office)).EnumerateArray().Select(e => e.GetProperty("type").GetString()!).ToArray();
}
