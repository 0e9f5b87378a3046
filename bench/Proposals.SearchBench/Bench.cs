using System.Diagnostics;
using Marten;
using Npgsql;
using Proposals.Api.Disclosure;
using Proposals.Api.Infrastructure.LocalPostgres;
using Proposals.Domain.Common;

namespace Proposals.SearchBench;

/// <summary>
/// Public-reply search at scale: writes N published items (100,000 by default) for one jurisdiction
/// with Marten's bulk insert, then times <see cref="PublicSearch"/> for several queries and prints
/// p50/p95/p99, the result counts and one EXPLAIN ANALYZE.
/// <code>dotnet run -c Release --project bench/Proposals.SearchBench -- [connection-string] [--items N] [--runs N]</code>
/// The connection string comes from the argument or PROPOSALS_BENCH_DB; without either a throwaway
/// cluster is started from the machine's PostgreSQL binaries and removed afterwards.
/// </summary>
public static class Bench
{
    private const string Tenant = "searchbench";

    private static readonly string?[] Queries = ["产教融合", "职业教育", "江津", "乡村振兴", "养老服务", "江津 职业教育", "老旧小区改造", "教", "人工智能", null];

    public static async Task<int> Main(string[] args)
    {
        var items = Option(args, "--items", 100_000);
        var runs = Option(args, "--runs", 200);
        var connectionString = args.FirstOrDefault(a => a.Contains('=')) ?? Environment.GetEnvironmentVariable("PROPOSALS_BENCH_DB");

        LocalPostgresCluster? cluster = null;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            cluster = LocalPostgresCluster.Throwaway();
            connectionString = await cluster.StartAsync("proposals_bench");
            Console.WriteLine($"Throwaway PostgreSQL cluster at {cluster.RootDirectory}");
        }

        try
        {
            await using var store = PublishedItems.OpenStore(connectionString);
            await using var database = SearchDatabase.For(connectionString);
            await PublishedItems.SeedAsync(store, Tenant, items);
            await PublishedItems.AnalyzeAsync(connectionString);
            await Measure(store, database, runs);
            var today = ChinaTime.Today(DateTimeOffset.UtcNow);
            await Explain(connectionString, "a search, q=职业教育", PublicSearch.Sql(store, Tenant, new PublicReplyQuery(today, SearchTerms.Query("职业教育"))));
            await Explain(connectionString, "the count of a listing without q", PublicSearch.CountSql(store, Tenant, new PublicReplyQuery(today)));
            return 0;
        }
        finally
        {
            if (cluster is not null) await cluster.DisposeAsync();
        }
    }

    private static async Task Measure(DocumentStore store, SearchDatabase database, int runs)
    {
        var today = ChinaTime.Today(DateTimeOffset.UtcNow);
        Console.WriteLine();
        Console.WriteLine($"{runs} runs each (after 10 warm-up runs), page 1 of 20, search only | search + names of sessions and units (the endpoint's work):");
        Console.WriteLine($"{"query",-16} {"results",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} | {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
        foreach (var q in Queries)
        {
            var query = new PublicReplyQuery(today, SearchTerms.Query(q));
            long total = 0;
            var search = await Time(runs, async session => total = (await PublicSearch.RunAsync(database, session, query, CancellationToken.None)).Total);
            var page = await Time(runs, async session =>
            {
                var (docs, _) = await PublicSearch.RunAsync(database, session, query, CancellationToken.None);
                await PublicItems.DescribeAsync(session, docs, CancellationToken.None);
            });
            Console.WriteLine($"{q ?? "(none)",-16} {total,8} {P(search, 50),8:F1} {P(search, 95),8:F1} {P(search, 99),8:F1} | {P(page, 50),8:F1} {P(page, 95),8:F1} {P(page, 99),8:F1}");
        }

        async Task<double[]> Time(int count, Func<IQuerySession, Task> run)
        {
            var times = new List<double>();
            for (var i = -10; i < count; i++)
            {
                await using var session = store.QuerySession(Tenant);
                var watch = Stopwatch.StartNew();
                await run(session);
                if (i >= 0) times.Add(watch.Elapsed.TotalMilliseconds);
            }
            return times.Order().ToArray();
        }
    }

    private static double P(double[] sorted, int percentile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];

    private static async Task Explain(string connectionString, string what, (string Sql, object[] Args) query)
    {
        var positional = PublicSearch.Positional(query.Sql);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("explain (analyze, buffers) " + positional, connection);
        foreach (var arg in query.Args) command.Parameters.Add(new NpgsqlParameter { Value = arg });
        Console.WriteLine();
        Console.WriteLine($"EXPLAIN ANALYZE of {what}:");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) Console.WriteLine(reader.GetString(0));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }
}
