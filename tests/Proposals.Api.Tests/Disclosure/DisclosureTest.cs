using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using Alba;
using Marten.Events;
using Proposals.Api.Disclosure;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Disclosure;

/// <summary>Items driven to their replies over HTTP, and the public read side read anonymously.</summary>
public abstract class DisclosureTest(AppFixture fixture) : ApiTest(fixture)
{
    protected const string Edu = "jiangjin-edu";
    protected const string Econ = "jiangjin-econ";
    protected const string Hrss = "jiangjin-hrss";
    protected const string DefaultTitle = "关于加强江津区职业院校产教融合的建议";
    protected const string DefaultContent = "建议职业院校与园区企业共建实训基地。";

    protected static readonly User Chen = User.Proposer();
    protected static readonly User Office = User.Coordinator();

    private Guid? _session;

    protected static object Full => new { scope = "full" };

    protected static object Summary(string summary) => new { scope = "summary", summary };

    protected static object NotDisclosed(string reason = "涉及未公开的规划信息") => new { scope = "none", reason };

    /// <summary>The jiangjin session items are submitted to (opened with the units on first use).</summary>
    protected async Task<Guid> Session()
    {
        if (_session is { } open) return open;
        await CreateUnits();
        return (_session = await OpenSession()).Value;
    }

    protected async Task<Guid> SubmitItem(
        string consent = "full", string title = DefaultTitle, string content = DefaultContent,
        object[]? coSigners = null, User? proposer = null)
    {
        var body = new { sessionId = await Session(), title, content, category = "教育", delegation = "第一代表团", coSigners = coSigners ?? [], disclosureConsent = consent };
        return ReadJson(await Post("/api/jiangjin/proposals", body, proposer ?? Chen, 201)).GetProperty("id").GetGuid();
    }

    /// <summary>A submitted, registered and assigned item.</summary>
    protected async Task<Guid> AssignedItem(string[] leads, string[]? co = null, string consent = "full", string? title = null, string? content = null, object[]? coSigners = null)
    {
        var id = await SubmitItem(consent, title ?? DefaultTitle, content ?? DefaultContent, coSigners);
        await Step(id, "registration", Office, 200);
        await Step(id, "assignment", Office, 200, new { leadUnits = leads, coUnits = co ?? [] });
        return id;
    }

    /// <summary>The lead unit contacts the proposer and replies.</summary>
    protected async Task Reply(Guid id, string unit, object? disclosure = null, string content = "答复正文：已建设校企共享的实训基地。", string category = "a")
    {
        var handler = User.Handler(unit);
        await Step(id, "contacts", handler, 200, ContactBody(Today));
        await Step(id, "replies", handler, 200, new { category, content, signedBy = "局长 张三", disclosure = disclosure ?? Full, commitments = Array.Empty<object>() });
    }

    /// <summary>An item answered by its only lead unit, 区教委, with 区经济信息委 co-organizing.</summary>
    protected async Task<Guid> RepliedItem(
        string consent = "full", object? disclosure = null, string? title = null, string? content = null,
        string reply = "答复正文：已建设校企共享的实训基地。", string category = "a")
    {
        var id = await AssignedItem([Edu], [Econ], consent, title, content);
        await Reply(id, Edu, disclosure, reply, category);
        return id;
    }

    /// <summary>Lets the asynchronous public projection, then this node's search index, catch up with every event appended so far.</summary>
    protected async Task CaughtUp()
    {
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(15));
        await Host.Services.GetRequiredService<PublicSearchFeed>().CatchUpAsync().WaitAsync(TimeSpan.FromSeconds(15));
    }

    protected async Task<JsonElement> PublicPage(string query = "", string tenant = "jiangjin", User? user = null)
    {
        await CaughtUp();
        return ReadJson(await Get($"/api/public/{tenant}/replies{(query.Length > 0 ? "?" + query : "")}", user));
    }

    protected async Task<Guid[]> PublicIds(string query = "", string tenant = "jiangjin") =>
        (await PublicPage(query, tenant)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();

    protected async Task<JsonElement> PublicItem(Guid id, string tenant = "jiangjin", int status = 200)
    {
        await CaughtUp();
        return ReadJson(await Get($"/api/public/{tenant}/replies/{id}", null, status));
    }

    /// <summary>Both public routes' raw answers, for checking what they never contain.</summary>
    protected async Task<string> PublicText(Guid id, string tenant = "jiangjin")
    {
        await CaughtUp();
        var list = (await Get($"/api/public/{tenant}/replies", null)).ReadAsText();
        var one = (await Get($"/api/public/{tenant}/replies/{id}", null)).ReadAsText();
        return list + one;
    }

    /// <summary>A public GET with no token; <paramref name="noCache"/> asks for an answer computed now, not one from the output cache.</summary>
    protected Task<IScenarioResult> Anonymous(string url, bool noCache = false, int status = 200) =>
        Host.Scenario(x =>
        {
            x.Get.Url(url);
            if (noCache) x.WithRequestHeader("Cache-Control", "no-cache");
            x.StatusCodeShouldBe(status);
        });

    protected static string Q(string text) => "q=" + Uri.EscapeDataString(text);

    protected static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();
}
