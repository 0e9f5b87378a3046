using Proposals.Api.Infrastructure.LocalPostgres;
using Proposals.Bench;

// Measures the whole system (API + PostgreSQL + this load generator on one machine) against the
// database's own limit. See docs/performance.md for what each figure means.
var options = BenchOptions.Parse(args);
Console.WriteLine($"Proposals benchmark: {(options.Quick ? "quick" : "full")} run, {options.Clients} clients, {options.Duration.TotalSeconds:0} s per workload, {Environment.ProcessorCount} cores");

await using var cluster = LocalPostgresCluster.Throwaway();
var connectionString = await cluster.StartAsync("proposals_bench");
await using var api = await ApiProcess.StartAsync(connectionString, 5090);
Console.WriteLine($"API healthy after {api.ColdStart.TotalMilliseconds:0} ms (cold start: process start to first healthy response)");

using var http = ApiClient.CreateHttp(api.Url);
var workloads = new Workloads(http, options);
await workloads.SetUpAsync();

var results = new List<Measurement>();
var floor = await Floor.RunAsync(connectionString, options);
results.Add(floor);
async Task<T> Phase<T>(string name, Func<Task<T>> run)
{
    Console.WriteLine($"  running {name} …");
    return await run();
}

var submit = await Phase("submit", workloads.SubmitAsync);
submit.FloorPerSecond = floor.PerSecond;
results.Add(submit);
var (lives, lag) = await Phase("lifecycle", workloads.LifecycleAsync);
results.Add(lives);
results.Add(lag);
var (one, list) = await Phase("read", workloads.ReadAsync);
results.Add(one);
results.Add(list);
var peak = api.PeakMemoryBytes();
results.Add(await Phase("rebuild", () => Rebuild.RunAsync(connectionString, workloads.Tenant, options)));

var cold = new Measurement("cold start", "") { HasThroughput = false, Note = "process start to first healthy /health" };
cold.Record(api.ColdStart.TotalMilliseconds, true);
results.Add(cold);

ResultsTable.Print(results, peak);
return results.Any(r => r.Errors > 0) ? 1 : 0;
