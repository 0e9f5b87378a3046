using Marten;
using Npgsql;
using Proposals.Api.Disclosure;
using Proposals.Api.Infrastructure;
using Proposals.Api.Reading;
using Proposals.Api.Sessions;
using Proposals.Api.Statistics;
using Proposals.Domain.Proposals;
using Proposals.Domain.Sessions;

namespace Proposals.Api.Tenants;

/// <summary>
/// Analyzes the store's tables when a jurisdiction with items is missing from PostgreSQL's statistics, e.g. one
/// added to a database that holds others. Until then a plan made for that jurisdiction expects one row of it, and
/// Marten's loads of the documents a step updates (<c>id = any(@ids) and tenant_id = @tenant</c>) walk all of its
/// entries: 17–98 complete lives/s instead of 123–137 in the benchmark. Autovacuum would analyze the tables only
/// after a tenth of their rows changed (docs/performance.md, "Lifecycle").
/// </summary>
public sealed class PlannerStatistics(IDocumentStore store, IConfiguration configuration, ILogger<PlannerStatistics> logger) : BackgroundService
{
    /// <summary>Fewer items than this cost little to walk, and may never be sampled into the statistics.</summary>
    public const int Threshold = 500;

    // Analyzed once per process: a jurisdiction still missing afterwards is too small a share of the table to be sampled,
    // and too small to cost much; autovacuum takes over from there.
    private readonly HashSet<string> _analyzed = [];

    private static readonly Type[] Documents =
        [typeof(Proposal), typeof(ProposalView), typeof(SessionRegister), typeof(SessionView), typeof(ItemFacts), typeof(PublicReply)];

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(configuration.GetValue("Proposals:PlannerStatisticsInterval", TimeSpan.FromSeconds(15)));
        while (await timer.WaitForNextTickAsync(ct))
        {
            try { await RefreshAsync(ct); }
            catch (Exception e) when (!ct.IsCancellationRequested) { logger.LogWarning(e, "Checking the planner's statistics failed."); }
        }
    }

    /// <summary>Analyzes the tables if a jurisdiction is missing from their statistics; returns those jurisdictions.</summary>
    public async Task<IReadOnlyList<string>> RefreshAsync(CancellationToken ct)
    {
        // Marten makes a table on a document's first use; this may run before any.
        foreach (var document in Documents.Append(typeof(Tenant))) await store.Storage.Database.EnsureStorageExistsAsync(document, ct);
        var views = TableOf(typeof(ProposalView));
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);

        // The jurisdictions missing from the sampled values first, then their items, counted up to the threshold only.
        await using var find = new NpgsqlCommand($"""
            with sampled as materialized (
              select unnest(most_common_vals::text::text[]) as id from pg_stats
              where schemaname = @schema and tablename = @table and attname = 'tenant_id'),
            unsampled as materialized (
              select t.id from {TableOf(typeof(Tenant))} t where not exists (select 1 from sampled s where s.id = t.id))
            select u.id from unsampled u
            where (select count(*) from (select 1 from {views} v where v.tenant_id = u.id limit @threshold) c) >= @threshold
            """, connection);
        find.Parameters.AddWithValue("threshold", Threshold);
        find.Parameters.AddWithValue("schema", MartenSetup.Schema);
        find.Parameters.AddWithValue("table", views.Split('.')[^1]);
        var missing = new List<string>();
        await using (var reader = await find.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) missing.Add(reader.GetString(0));
        lock (_analyzed) missing.RemoveAll(jurisdiction => !_analyzed.Add(jurisdiction));
        if (missing.Count == 0) return missing;

        // Whole tables, as autovacuum does. The jurisdiction column alone was faster (1.0 s against 1.8 s at rest on a
        // database of 210,000 items), but submissions measured 7–10 % slower after it, for a reason not found.
        var tables = Documents.Select(TableOf).Append($"{MartenSetup.Schema}.mt_streams");
        await using var analyze = new NpgsqlCommand($"analyze {string.Join(", ", tables)}", connection);
        await analyze.ExecuteNonQueryAsync(ct);
        logger.LogInformation("Analyzed the store's tables for jurisdictions missing from their statistics: {Jurisdictions}", string.Join(", ", missing));
        return missing;
    }

    private string TableOf(Type document) =>
        ((IReadOnlyStoreOptions)store.Options).FindOrResolveDocumentType(document).TableName.QualifiedName;
}
