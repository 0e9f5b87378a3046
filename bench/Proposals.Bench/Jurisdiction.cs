using System.Text.Json.Nodes;

namespace Proposals.Bench;

/// <summary>A jurisdiction of the benchmark's own on the running API: its users, one unit (edu) and its sessions.</summary>
public sealed record Jurisdiction(string Tenant, ApiClient Admin, ApiClient Office, ApiClient Proposer, ApiClient Handler, Guid[] Sessions)
{
    /// <summary>1 KB of Chinese text: an item's content and a reply's.</summary>
    public static readonly string Content = ChineseText.OfBytes(1024, 1);

    public static async Task<Jurisdiction> CreateAsync(HttpClient http, string prefix, int sessions)
    {
        var tenant = $"{prefix}-{Guid.NewGuid():N}"[..20];
        var admin = await ApiClient.SignInAsync(http, new { sub = "bench-admin", name = "admin", role = "admin" });
        await admin.PostAsync("/api/tenants", new { id = tenant, name = "压测辖区" });
        var office = await ApiClient.SignInAsync(http, new { sub = "office", name = "代表工委", role = "coordinator", tenant });
        var proposer = await ApiClient.SignInAsync(http, new { sub = "deputy", name = "代表", role = "proposer", tenant });
        var handler = await ApiClient.SignInAsync(http, new { sub = "staff", name = "经办人", role = "handler", tenant, unit = "edu" });
        await office.PostAsync($"/api/{tenant}/units", new { id = "edu", name = "教委" });
        var ids = new Guid[sessions];
        for (var i = 0; i < sessions; i++) ids[i] = await OpenSessionAsync(office, tenant, $"第{i}次会议");
        return new Jurisdiction(tenant, admin, office, proposer, handler, ids);
    }

    public Task<Guid> OpenSessionAsync(string name) => OpenSessionAsync(Office, Tenant, name);

    /// <summary>Submits an item of 1 KB with one co-signer.</summary>
    public Task<JsonNode?> SubmitAsync(Guid session) =>
        Proposer.PostAsync($"/api/{Tenant}/proposals", new
        {
            sessionId = session,
            title = ChineseText.Title(Random.Shared.Next(100_000)),
            content = Content,
            category = "教育",
            coSigners = new[] { new { id = "deputy-2", name = "代表二" } },
        });

    /// <summary>Today in China, as the API counts days.</summary>
    public static string Today() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");

    private static async Task<Guid> OpenSessionAsync(ApiClient office, string tenant, string name) =>
        ApiClient.IdOf(await office.PostAsync($"/api/{tenant}/sessions", new { body = "npc", name }));
}
