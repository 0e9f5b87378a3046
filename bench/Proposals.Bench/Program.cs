using Proposals.Api.Infrastructure.LocalPostgres;
using Proposals.Bench;

// Measures the whole system (API + PostgreSQL + this load generator on one machine) against the
// database's own limit. See docs/performance.md for what each figure means.
var options = BenchOptions.Parse(args);
Console.WriteLine($"Proposals benchmark ({(options.Dynamic ? "plain Release build, handler code compiled at start-up" : $"published by deploy/publish.sh, pre-generated handler code{(options.Quick ? "" : ", ReadyToRun")}")}): {(options.Quick ? "quick" : "full")} run, {options.Clients} clients, {options.Duration.TotalSeconds:0} s per workload, {Environment.ProcessorCount} cores, workloads: {string.Join(", ", options.Only)}");

// Either the API this run starts on a throwaway cluster, or one already running (--url; --db names its database
// for the floor, the search corpus and the rebuild, which are skipped without it).
await using var cluster = options.Url is null ? LocalPostgresCluster.Throwaway() : null;
var connectionString = cluster is not null ? await cluster.StartAsync("proposals_bench") : options.Database;
var dll = await ApiProcess.PublishAsync(options.Dynamic, options.Quick);
await using var api = options.Url is null ? await ApiProcess.StartAsync(dll, connectionString!, 5090) : null;
var url = api?.Url ?? options.Url!;
if (api is not null) Console.WriteLine($"API healthy after {api.ColdStart.TotalMilliseconds:0} ms (cold start: process start to first healthy response)");
CpuMeter.MeterApi(api?.Pid ?? options.ApiPid);
await CpuMeter.MeterDatabaseAsync(connectionString);

using var http = ApiClient.CreateHttp(url);
var workloads = new Workloads(http, options);
await workloads.SetUpAsync();

var results = new List<Measurement>();
Measurement? floor = null;
async Task Phase(string name, bool needsDatabase, Func<Task> run)
{
    if (!options.Runs(name)) return;
    if (needsDatabase && connectionString is null)
    {
        Console.WriteLine($"  skipping {name}: it needs the database (--db)");
        return;
    }
    await Settle.WaitAsync(connectionString);
    Console.WriteLine($"  running {name} …");
    await run();
}

await Phase("floor", true, async () => results.Add(floor = await Floor.RunAsync(connectionString!, options)));
await Phase("submit", false, async () =>
{
    var submit = await workloads.SubmitAsync();
    submit.FloorPerSecond = floor?.PerSecond;
    results.Add(submit);
});
await Phase("lifecycle", false, async () =>
{
    var (lives, publicLag, statisticsLag) = await workloads.LifecycleAsync();
    results.AddRange([lives, publicLag, statisticsLag]);
});
await Phase("read", false, async () =>
{
    var (one, list) = await workloads.ReadAsync();
    results.AddRange([one, list]);
    await Settle.WaitAsync(connectionString);
    results.Add(await workloads.StatisticsAsync());
});
await Phase("search", true, async () =>
{
    var (words, fresh, oneCharacter) = await new Search(http, options, connectionString!).RunAsync();
    results.AddRange([words, fresh, oneCharacter]);
});
await Phase("growth", true, async () => results.AddRange(await new Growth(http, options, connectionString!).RunAsync()));
var peak = api?.PeakMemoryBytes();
await Phase("rebuild", true, async () => results.Add(await Rebuild.RunAsync(connectionString!, dll, workloads.Tenant, options)));

if (api is not null)
{
    var cold = new Measurement("cold start", "") { HasThroughput = false, Note = "process start to first healthy /health" };
    cold.Record(api.ColdStart.TotalMilliseconds, true);
    results.Add(cold);
}

ResultsTable.Print(results, peak);
return results.Any(r => r.Errors > 0) ? 1 : 0;
