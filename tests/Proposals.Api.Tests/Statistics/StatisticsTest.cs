using System.Text.Json;
using Alba;
using Marten;
using JasperFx.Events;
using Marten.Events;
using Proposals.Api.Infrastructure;
using Proposals.Api.Tests.Support;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Tests.Statistics;

/// <summary>
/// Drives a handful of items of jiangjin (and one of tianjin) through different lives over HTTP; the
/// tests compare the statistics with figures recounted from the stored events.
/// </summary>
public abstract class StatisticsTest(AppFixture fixture) : ApiTest(fixture)
{
    protected const string Edu = "jiangjin-edu";
    protected const string Econ = "jiangjin-econ";
    protected const string Hrss = "jiangjin-hrss";

    protected static readonly User Office = User.Coordinator();
    protected static readonly User Chen = User.Proposer();
    protected static readonly User EduHandler = User.Handler(Edu);
    protected static readonly User HrssHandler = User.Handler(Hrss);

    protected sealed record Scenario(
        Guid Npc, Guid Cppcc,
        Guid AssignedOnly, Guid OnTimeA, Guid Late, Guid Extended, Guid SecondRound, Guid TwoLeads, Guid Transferred,
        Guid RegisteredOnly, Guid SubmittedOnly, Guid Declined);

    /// <summary>
    /// Two sessions (npc: suggestions, cppcc: proposals), subject categories 教育 and 交通, no contact
    /// required before a reply. Twelve days pass between the first steps and the late replies.
    /// Jiangjin ends with ten items: assigned only; A on time, rated, closed (co-organized by econ); late
    /// C; due date extended, then B on time, rated; C, unsatisfied, A in round 2, satisfied; two lead
    /// units (A and D) closed by the coordinator (co-organized by econ); transferred from econ to hrss
    /// and acknowledged; registered; submitted; declined.
    /// </summary>
    protected async Task<Scenario> Given()
    {
        await CreateUnits();
        await Put("/api/jiangjin/policy", new { contactRequiredBeforeReply = false }, Office);
        var npc = await OpenSession(name: "区十八届人大三次会议");
        var cppcc = await OpenSession(body: "cppcc", name: "区政协十五届三次会议");

        var assignedOnly = await AssignedItem(npc, "教育", [Edu]);

        var onTimeA = await AssignedItem(npc, "教育", [Edu], [Econ]);
        await Step(onTimeA, "contacts", EduHandler, 200, ContactBody(Today));
        await Step(onTimeA, "replies", EduHandler, 200, ReplyBody("a"));
        await Step(onTimeA, "ratings", Chen, 200, new { attitude = "satisfied", result = "satisfied" });

        var late = await AssignedItem(npc, "交通", [Hrss], dueOn: Today.AddDays(10));

        var extended = await AssignedItem(cppcc, "教育", [Edu], dueOn: Today.AddDays(10));
        await Step(extended, "extension", Office, 200, new { dueOn = Today.AddDays(60), reason = "涉及跨部门协调" });

        var secondRound = await AssignedItem(npc, "教育", [Edu]);
        await Step(secondRound, "replies", EduHandler, 200, ReplyBody("c"));
        await Step(secondRound, "ratings", Chen, 200, new { attitude = "basically-satisfied", result = "unsatisfied", comment = "没有回应实训基地问题" });
        await Step(secondRound, "replies", EduHandler, 200, ReplyBody("a"));
        await Step(secondRound, "ratings", Chen, 200, new { attitude = "satisfied", result = "satisfied" });

        var twoLeads = await AssignedItem(npc, "交通", [Edu, Hrss], [Econ]);
        await Step(twoLeads, "replies", EduHandler, 200, ReplyBody("a"));
        await Step(twoLeads, "contacts", HrssHandler, 200, ContactBody(Today));
        await Step(twoLeads, "replies", HrssHandler, 200, ReplyBody("d"));
        await Step(twoLeads, "closure", Office, 200, new { reason = "代表已当面表示满意" });

        var transferred = await AssignedItem(npc, "教育", [Econ]);
        await Step(transferred, "assignment", Office, 200, new { leadUnits = new[] { Hrss }, coUnits = Array.Empty<string>(), reason = "职能调整" });
        await Step(transferred, "acknowledgement", HrssHandler, 200, new { });

        var declined = await SubmittedItem(npc, "交通");
        await Step(declined, "decline", Office, 200, new { reason = "不属于本级职权范围" });
        var registeredOnly = await SubmittedItem(npc, "交通");
        await Step(registeredOnly, "registration", Office, 200);
        var submittedOnly = await SubmittedItem(cppcc, "教育");

        await TianjinItem();

        await Advance(TimeSpan.FromDays(12));
        // The overdue mark is appended in the background: let it land before the reply, so the two never race.
        await Eventually(async () => (await EventsOf(late)).OfType<ProposalOverdue>().Any(), "the overdue mark");
        await Step(late, "replies", HrssHandler, 200, ReplyBody("c"));
        await Step(extended, "contacts", EduHandler, 200, ContactBody(Today));
        await Step(extended, "replies", EduHandler, 200, ReplyBody("b", [new { description = "明年建成实训基地", dueOn = Today.AddMonths(9) }]));
        await Step(extended, "ratings", Chen, 200, new { attitude = "unsatisfied", result = "basically-satisfied", comment = "答复不够及时" });

        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(15));
        return new Scenario(npc, cppcc, assignedOnly, onTimeA, late, extended, secondRound, twoLeads, transferred, registeredOnly, submittedOnly, declined);
    }

    private async Task TianjinItem()
    {
        var office = User.Coordinator("tianjin");
        var member = User.Proposer("minjin-tianjin", "民进天津市委会", "tianjin");
        await CreateUnits("tianjin", ("tj-edu", "天津市教育委员会"));
        var session = await OpenSession("tianjin", "cppcc", "市政协十五届二次会议");
        var id = await SubmittedItem(session, "教育", member);
        await Step(id, "registration", office, 200, tenant: "tianjin");
        await Step(id, "assignment", office, 200, new { leadUnits = new[] { "tj-edu" }, coUnits = Array.Empty<string>() }, tenant: "tianjin");
        await Step(id, "contacts", User.Handler("tj-edu", "tianjin"), 200, ContactBody(Today), tenant: "tianjin");
        await Step(id, "replies", User.Handler("tj-edu", "tianjin"), 200, ReplyBody("a"), tenant: "tianjin");
    }

    protected async Task<Guid> SubmittedItem(Guid session, string category, User? proposer = null)
    {
        proposer ??= Chen;
        var result = await Post($"/api/{proposer.Tenant}/proposals",
            new { sessionId = session, title = $"关于{category}的建议", content = "建议内容", category }, proposer, 201);
        return ReadJson(result).GetProperty("id").GetGuid();
    }

    private async Task<Guid> AssignedItem(Guid session, string category, string[] leadUnits, string[]? coUnits = null, DateOnly? dueOn = null)
    {
        var id = await SubmittedItem(session, category);
        await Step(id, "registration", Office, 200);
        await Step(id, "assignment", Office, 200, new { leadUnits, coUnits = coUnits ?? [], dueOn });
        return id;
    }

    protected async Task<JsonElement> Stats(User user, string query = "", string tenant = "jiangjin") =>
        ReadJson(await Get($"/api/{tenant}/stats{(query == "" ? "" : "?" + query)}", user));

    protected static JsonElement UnitRow(JsonElement report, string unit) =>
        report.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == unit);

    protected static (double? Rate, int Numerator, int Denominator) Rate(JsonElement figures, string name)
    {
        var ratio = figures.GetProperty("rates").GetProperty(name);
        var rate = ratio.GetProperty("rate");
        return (rate.ValueKind == JsonValueKind.Null ? null : rate.GetDouble(), ratio.GetProperty("numerator").GetInt32(), ratio.GetProperty("denominator").GetInt32());
    }

    /// <summary>Every event of the jurisdiction, for the recount.</summary>
    protected async Task<IReadOnlyList<IEvent>> AllEvents(string tenant = "jiangjin")
    {
        await using var session = Store.QuerySession(tenant);
        return await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync();
    }

    /// <summary>Asserts that the figures in the JSON are the recounted ones, rate by rate, count by count.</summary>
    protected static void AssertFigures(Recount.Figures expected, JsonElement figures)
    {
        Assert.Equal(expected.Items, figures.GetProperty("items").GetInt32());
        Assert.Equal(expected.ByStatus, NonZero(figures.GetProperty("byStatus")));
        Assert.Equal(expected.ByKind, NonZero(figures.GetProperty("byKind")));
        Assert.Equal(expected.ByReplyCategory, NonZero(figures.GetProperty("byReplyCategory")));
        foreach (var (name, (numerator, denominator)) in expected.Rates)
        {
            double? rate = denominator == 0 ? null : Math.Round((double)numerator / denominator, 4);
            Assert.Equal((name, rate, numerator, denominator), (name, Rate(figures, name).Rate, Rate(figures, name).Numerator, Rate(figures, name).Denominator));
        }
        Assert.Equal(expected.Rates.Keys.Order(), figures.GetProperty("rates").EnumerateObject().Select(p => p.Name).Order());
    }

    private static SortedDictionary<string, int> NonZero(JsonElement counts) =>
        new(counts.EnumerateObject().Where(p => p.Value.GetInt32() != 0).ToDictionary(p => p.Name, p => p.Value.GetInt32()), StringComparer.Ordinal);
}
