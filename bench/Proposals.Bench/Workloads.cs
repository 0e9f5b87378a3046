using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Proposals.Bench;

/// <summary>The HTTP workloads, each against a jurisdiction of its own on the running API.</summary>
public sealed class Workloads(HttpClient http, BenchOptions options)
{
    private static readonly string Content = ChineseText.OfBytes(1024, 1);
    private readonly ConcurrentBag<Guid> _items = [];
    private string _tenant = "";
    private Guid[] _sessions = [];
    private Guid _lagSession;
    private int _lagReplies, _lagLives;
    private ApiClient _proposer = null!, _office = null!, _handler = null!, _coSigner = null!;

    public async Task SetUpAsync()
    {
        _tenant = $"bench-{Guid.NewGuid():N}"[..20];
        var admin = await ApiClient.SignInAsync(http, new { sub = "bench-admin", name = "admin", role = "admin" });
        await admin.PostAsync("/api/tenants", new { id = _tenant, name = "压测辖区" });
        _office = await ApiClient.SignInAsync(http, new { sub = "office", name = "代表工委", role = "coordinator", tenant = _tenant });
        _proposer = await ApiClient.SignInAsync(http, new { sub = "deputy", name = "代表", role = "proposer", tenant = _tenant });
        _coSigner = await ApiClient.SignInAsync(http, new { sub = "deputy-2", name = "代表二", role = "proposer", tenant = _tenant });
        _handler = await ApiClient.SignInAsync(http, new { sub = "staff", name = "经办人", role = "handler", tenant = _tenant, unit = "edu" });
        await _office.PostAsync($"/api/{_tenant}/units", new { id = "edu", name = "教委" });
        // One session per client: registration takes a session-wide lock, one session would measure that lock alone.
        _sessions = await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(async i =>
            ApiClient.IdOf(await _office.PostAsync($"/api/{_tenant}/sessions", new { body = "npc", name = $"第{i}次会议" }))));
        // The lag probe's own session, so that its statistics query counts its own items only.
        _lagSession = ApiClient.IdOf(await _office.PostAsync($"/api/{_tenant}/sessions", new { body = "npc", name = "延迟测量" }));
    }

    public Task<Measurement> SubmitAsync() =>
        LoadRunner.RunAsync("submit", "commands/s", options.Clients, options.Warmup, options.Duration, async (worker, m) =>
        {
            var created = await LoadRunner.Timed(m, () => Submit(_sessions[worker]));
            if (created is not null) _items.Add(ApiClient.IdOf(created));
        });

    public async Task<(Measurement Lives, Measurement PublicLag, Measurement StatisticsLag)> LifecycleAsync()
    {
        var publicLag = new Measurement("projection lag, public view", "") { HasThroughput = false, Note = "reply 2xx until the public view shows it" };
        var statisticsLag = new Measurement("projection lag, statistics", "") { HasThroughput = false, Note = "reply 2xx until the statistics count it" };
        var probes = new ConcurrentBag<Task>();
        var lives = await LoadRunner.RunAsync("lifecycle", "lives/s", options.Clients, options.Warmup, options.Duration, async (worker, m) =>
        {
            var clock = Stopwatch.StartNew();
            var probe = worker == 0;
            try
            {
                var id = ApiClient.IdOf(await Submit(probe ? _lagSession : _sessions[worker]));
                await _office.PostAsync($"/api/{_tenant}/proposals/{id}/registration", null);
                await _office.PostAsync($"/api/{_tenant}/proposals/{id}/assignment", new { leadUnits = new[] { "edu" } });
                await _handler.PostAsync($"/api/{_tenant}/proposals/{id}/contacts", new { on = Today(), method = "phone", summary = "电话沟通" });
                await _handler.PostAsync($"/api/{_tenant}/proposals/{id}/replies",
                    new { category = "a", content = Content, signedBy = "主任", disclosure = new { scope = "full" } });
                // Every fourth life of one client is followed until both read models show its reply, in the
                // background: the polling must not slow the client, nor load the system more than it must.
                if (probe && ++_lagLives % 4 == 0)
                {
                    var repliedAt = Stopwatch.GetTimestamp();
                    var replies = _lagReplies + 1;
                    probes.Add(Task.WhenAll(
                        MeasureLag(repliedAt, m is null ? null : publicLag, () => _proposer.ExistsAsync($"/api/public/{_tenant}/replies/{id}")),
                        MeasureLag(repliedAt, m is null ? null : statisticsLag, async () =>
                            (await _office.GetAsync($"/api/{_tenant}/stats?sessionId={_lagSession}"))!["overall"]!["rates"]!["reply"]!["numerator"]!.GetValue<int>() >= replies)));
                }
                if (probe) _lagReplies++;
                await _proposer.PostAsync($"/api/{_tenant}/proposals/{id}/ratings", new { attitude = "satisfied", result = "satisfied" });
                m?.Record(clock.Elapsed.TotalMilliseconds, true);
            }
            catch (Exception e)
            {
                m?.Record(clock.Elapsed.TotalMilliseconds, false, e.Message);
            }
        });
        await Task.WhenAll(probes);
        publicLag.Elapsed = statisticsLag.Elapsed = lives.Elapsed;
        return (lives, publicLag, statisticsLag);
    }

    /// <summary>One item at a fixed rate (an open loop), then the work list with N clients (closed loops).</summary>
    public async Task<(Measurement One, Measurement List)> ReadAsync()
    {
        while (_items.Count < 1_000) _items.Add(ApiClient.IdOf(await Submit(_sessions[0]))); // when run without submit
        var ids = _items.ToArray();
        var one = await OpenLoop.RunAsync("read one item", "requests/s", options.ReadRate, options.Warmup, options.Duration, () =>
            _proposer.GetAsync($"/api/{_tenant}/proposals/{ids[Random.Shared.Next(ids.Length)]}"));
        var list = await LoadRunner.RunAsync("read work list", "requests/s", options.Clients, options.Warmup, options.Duration / 2, (worker, m) =>
            LoadRunner.Timed(m, () => _office.GetAsync($"/api/{_tenant}/proposals?status=submitted&sessionId={_sessions[worker]}&sort=-submittedAt&pageSize=20")));
        list.Note = $"filtered by session and status, newest first, page of 20, {ids.Length:N0} items";
        return (one, list);
    }

    /// <summary>The whole statistics report of the jurisdiction, one client at a time (an office's reporting, not a crowd).</summary>
    public async Task<Measurement> StatisticsAsync()
    {
        var report = await LoadRunner.RunAsync("statistics report", "requests/s", 1, options.Warmup, options.Duration / 3, (_, m) =>
            LoadRunner.Timed(m, () => _office.GetAsync($"/api/{_tenant}/stats")));
        var overall = (await _office.GetAsync($"/api/{_tenant}/stats"))!["overall"]!["items"]!.GetValue<int>();
        report.Note = $"every unit and figure over {overall:N0} items, one client";
        return report;
    }

    public string Tenant => _tenant;

    private Task<JsonNode?> Submit(Guid session) =>
        _proposer.PostAsync($"/api/{_tenant}/proposals", new
        {
            sessionId = session,
            title = ChineseText.Title(Random.Shared.Next(100_000)),
            content = Content,
            category = "教育",
            coSigners = new[] { new { id = "deputy-2", name = "代表二" } },
        });

    // Time from the reply's 2xx until a read model shows it (both are projected asynchronously).
    private static async Task MeasureLag(long repliedAt, Measurement? lag, Func<Task<bool>> shows)
    {
        while (Stopwatch.GetElapsedTime(repliedAt) < TimeSpan.FromSeconds(10))
        {
            if (await shows())
            {
                lag?.Record(Stopwatch.GetElapsedTime(repliedAt).TotalMilliseconds, true);
                return;
            }
            await Task.Delay(10);
        }
        lag?.Record(Stopwatch.GetElapsedTime(repliedAt).TotalMilliseconds, false, "not shown after 10 s");
    }

    private static string Today() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");
}
