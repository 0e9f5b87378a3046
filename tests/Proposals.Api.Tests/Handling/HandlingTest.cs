using System.Text.Json;
using Alba;
using Proposals.Api.Infrastructure;
using Proposals.Api.Tests.Support;
using Proposals.Domain.Policy;

namespace Proposals.Api.Tests.Handling;

/// <summary>The people and short-cuts the handling tests share; everything still goes through HTTP.</summary>
public abstract class HandlingTest(AppFixture fixture) : ApiTest(fixture)
{
    protected const string EduUnit = "jiangjin-edu";
    protected const string EconUnit = "jiangjin-econ";
    protected const string HrssUnit = "jiangjin-hrss";

    protected static readonly User Office = User.Coordinator();
    protected static readonly User TianjinOffice = User.Coordinator("tianjin");
    protected static readonly User Chen = User.Proposer();
    protected static readonly User OtherDeputy = User.Proposer("zhou-qiang", "周强");
    protected static readonly User Edu = User.Handler(EduUnit);
    protected static readonly User Econ = User.Handler(EconUnit);
    protected static readonly User Hrss = User.Handler(HrssUnit);
    protected static readonly User TianjinHandler = User.Handler("tianjin-edu", "tianjin");

    /// <summary>An item assigned (today) to 区教委 as lead unit and the given co-organizers; the units exist.</summary>
    protected async Task<Guid> AssignedToEdu(params string[] coUnits)
    {
        await CreateUnits();
        return await Assigned([EduUnit], coUnits);
    }

    /// <summary>An item that 区教委, its only lead unit, contacted the proposer about and answered today.</summary>
    protected async Task<Guid> Replied(object? reply = null, string[]? coUnits = null)
    {
        var id = await AssignedToEdu(coUnits ?? []);
        await Step(id, "contacts", Edu, 200, ContactBody(Today));
        await Step(id, "replies", Edu, 200, reply ?? ReplyBody());
        return id;
    }

    /// <summary>A replied item the coordinator closed early, with a reason.</summary>
    protected async Task<Guid> Closed()
    {
        var id = await Replied();
        await Step(id, "closure", Office, 200, new { reason = "代表已当面表示满意" });
        return id;
    }

    protected static object BCategoryReply(params (string Description, DateOnly DueOn)[] commitments) =>
        ReplyBody("b", commitments.Select(c => (object)new { description = c.Description, dueOn = c.DueOn }).ToArray());

    protected Task<IScenarioResult> SetPolicy(object policy, User? user = null) =>
        Host.Scenario(x =>
        {
            x.Put.Text(JsonSerializer.Serialize(policy, Json.Options)).ToUrl("/api/jiangjin/policy").ContentType("application/json");
            x.WithBearerToken((user ?? Office).Token);
            x.StatusCodeShouldBe(200);
        });

    /// <summary>Lets whole days pass on the application's clock.</summary>
    protected Task AdvanceDays(int days) => Advance(TimeSpan.FromDays(days));

    /// <summary>Lets the days up to <paramref name="day"/> pass, so that it is today.</summary>
    protected Task AdvanceTo(DateOnly day) => AdvanceDays(day.DayNumber - Today.DayNumber);

    /// <summary>The day on which n working days after <paramref name="from"/> have passed, with no holidays stored.</summary>
    protected static DateOnly WorkingDaysAfter(DateOnly from, int n) => WorkingCalendar.WeekendsOnly.AddWorkingDays(from, n);

    protected async Task<int> EventCount(Guid id) => (await EventsOf(id)).Count;

    protected async Task<string[]> HistoryTypes(Guid id) =>
        ReadJson(await Get($"/api/jiangjin/proposals/{id}/history", Office)).EnumerateArray().Select(e => e.GetProperty("type").GetString()!).ToArray();

    protected async Task<Guid[]> ListedFor(User reader) =>
        ReadJson(await Get("/api/jiangjin/proposals", reader)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();

    protected static string Status(JsonElement item) => item.GetProperty("status").GetString()!;

    protected static DateOnly DateOf(JsonElement item, string property) => DateOnly.Parse(item.GetProperty(property).GetString()!);

    protected static string[] Strings(JsonElement item, string property) =>
        item.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToArray();

    protected static JsonElement[] Items(JsonElement item, string property) => item.GetProperty(property).EnumerateArray().ToArray();

    protected static string Chars(int length) => new('x', length);
}
