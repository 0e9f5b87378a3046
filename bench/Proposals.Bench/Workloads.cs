using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Proposals.Bench;

/// <summary>The HTTP workloads, each against a jurisdiction of its own on the running API.</summary>
public sealed class Workloads(HttpClient http, BenchOptions options)
{
    private readonly ConcurrentBag<Guid> _items = [];
    private Jurisdiction _j = null!;
    private Guid _lagSession;
    private int _lagReplies, _lagLives;

    public async Task SetUpAsync()
    {
        // One session per client: registration takes a session-wide lock, one session would measure that lock alone.
        _j = await Jurisdiction.CreateAsync(http, "bench", options.Clients);
        // The lag probe's own session, so that its statistics query counts its own items only.
        _lagSession = await _j.OpenSessionAsync("延迟测量");
    }

    public Task<Measurement> SubmitAsync() =>
        LoadRunner.RunAsync("submit", "commands/s", options.Clients, options.Warmup, options.Duration, async (worker, m) =>
        {
            var created = await LoadRunner.Timed(m, () => Submit(_j.Sessions[worker]));
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
                var id = ApiClient.IdOf(await Submit(probe ? _lagSession : _j.Sessions[worker]));
                await _j.Office.PostAsync($"/api/{_j.Tenant}/proposals/{id}/registration", null);
                await _j.Office.PostAsync($"/api/{_j.Tenant}/proposals/{id}/assignment", new { leadUnits = new[] { "edu" } });
                await _j.Handler.PostAsync($"/api/{_j.Tenant}/proposals/{id}/contacts", new { on = Jurisdiction.Today(), method = "phone", summary = "电话沟通" });
                await _j.Handler.PostAsync($"/api/{_j.Tenant}/proposals/{id}/replies",
                    new { category = "a", content = Jurisdiction.Content, signedBy = "主任", disclosure = new { scope = "full" } });
                // Every fourth life of one client is followed until both read models show its reply, in the
                // background: the polling must not slow the client, nor load the system more than it must.
                if (probe && ++_lagLives % 4 == 0)
                {
                    var repliedAt = Stopwatch.GetTimestamp();
                    var replies = _lagReplies + 1;
                    probes.Add(Task.WhenAll(
                        MeasureLag(repliedAt, m is null ? null : publicLag, () => _j.Proposer.ExistsAsync($"/api/public/{_j.Tenant}/replies/{id}")),
                        MeasureLag(repliedAt, m is null ? null : statisticsLag, async () =>
                            (await _j.Office.GetAsync($"/api/{_j.Tenant}/stats?sessionId={_lagSession}"))!["overall"]!["rates"]!["reply"]!["numerator"]!.GetValue<int>() >= replies)));
                }
                if (probe) _lagReplies++;
                await _j.Proposer.PostAsync($"/api/{_j.Tenant}/proposals/{id}/ratings", new { attitude = "satisfied", result = "satisfied" });
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
        while (_items.Count < 1_000) _items.Add(ApiClient.IdOf(await Submit(_j.Sessions[0]))); // when run without submit
        var ids = _items.ToArray();
        var one = await OpenLoop.RunAsync("read one item", "requests/s", options.ReadRate, options.Warmup, options.Duration, () =>
            _j.Proposer.GetAsync($"/api/{_j.Tenant}/proposals/{ids[Random.Shared.Next(ids.Length)]}"));
        var list = await LoadRunner.RunAsync("read work list", "requests/s", options.Clients, options.Warmup, options.Duration / 2, (worker, m) =>
            LoadRunner.Timed(m, () => _j.Office.GetAsync($"/api/{_j.Tenant}/proposals?status=submitted&sessionId={_j.Sessions[worker]}&sort=-submittedAt&pageSize=20")));
        list.Note = $"filtered by session and status, newest first, page of 20, {ids.Length:N0} items";
        return (one, list);
    }

    /// <summary>The whole statistics report of the jurisdiction, one client at a time (an office's reporting, not a crowd).</summary>
    public async Task<Measurement> StatisticsAsync()
    {
        var report = await LoadRunner.RunAsync("statistics report", "requests/s", 1, options.Warmup, options.Duration / 3, (_, m) =>
            LoadRunner.Timed(m, () => _j.Office.GetAsync($"/api/{_j.Tenant}/stats")));
        var overall = (await _j.Office.GetAsync($"/api/{_j.Tenant}/stats"))!["overall"]!["items"]!.GetValue<int>();
        report.Note = $"every unit and figure over {overall:N0} items, one client";
        return report;
    }

    public string Tenant => _j.Tenant;

    private Task<JsonNode?> Submit(Guid session) => _j.SubmitAsync(session);

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
}
