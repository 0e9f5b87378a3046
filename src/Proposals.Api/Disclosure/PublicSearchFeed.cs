using System.Data;
using System.Runtime.CompilerServices;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using NpgsqlTypes;

namespace Proposals.Api.Disclosure;

/// <summary>
/// Keeps this node's <see cref="PublicSearchIndex"/> up to date with the public table: a complete load at start, then,
/// every <c>Proposals:SearchIndexPolling</c> (200 ms), the items <see cref="PublicReplyChanges"/> recorded since. Each
/// read runs in one repeatable-read snapshot, which also says where the next read starts: at the oldest transaction
/// still running then, whose writes that snapshot could not see. The log is kept for an hour; a node that has not
/// read it for half that starts again from the table.
/// </summary>
public sealed class PublicSearchFeed(
    PublicSearchIndex index, IDocumentStore store, SearchDatabase database, IConfiguration configuration,
    TimeProvider clock, ILogger<PublicSearchFeed> logger) : BackgroundService, IHealthCheck
{
    private static readonly TimeSpan Kept = TimeSpan.FromHours(1);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _wake = new(0);
    private readonly List<TaskCompletionSource> _waiting = [];
    private string? _from; // an xid8: where the next read of the log starts; null before a complete load
    private DateTimeOffset _lastRead, _lastPruned;

    /// <summary>Returns once a read that began after this call has been applied (tests, after the projections caught up).</summary>
    public Task CatchUpAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiting) _waiting.Add(done);
        _wake.Release();
        return done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        var interval = configuration.GetValue("Proposals:SearchIndexPolling", TimeSpan.FromMilliseconds(200));
        while (!ct.IsCancellationRequested)
        {
            TaskCompletionSource[] waiting;
            lock (_waiting) { waiting = [.. _waiting]; _waiting.Clear(); }
            try
            {
                await ReadAsync(ct);
                foreach (var done in waiting) done.TrySetResult();
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                logger.LogWarning(e, "Reading the public table's changes into the search index failed; it tries again in {Delay}.", AfterFailure);
                foreach (var done in waiting) done.TrySetException(e);
                await Task.Delay(AfterFailure, ct); // one warning per few seconds while the database is away, not five a second
            }
            await _wake.WaitAsync(interval, ct);
        }
    }

    private async Task ReadAsync(CancellationToken ct)
    {
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(PublicReplyChanges), ct);
        var now = clock.GetUtcNow();
        if (now - _lastRead > Kept / 2) _from = null;

        await using var connection = await database.Source.OpenConnectionAsync(ct);
        await using (var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct))
        {
            await using var floor = Command(connection, "select pg_snapshot_xmin(pg_current_snapshot())::text");
            var next = (string)(await floor.ExecuteScalarAsync(ct))!;
            var changed = _from is null ? null : await ChangedAsync(connection, _from, ct);
            if (changed is null || changed.Any(c => c.Id is null))
            {
                index.RemoveAll();
                await foreach (var item in ItemsAsync(connection, null, ct)) index.Add(item);
                index.Publish();
            }
            else if (changed.Count > 0)
            {
                foreach (var (tenant, id) in changed) index.Remove(tenant, id!.Value);
                await foreach (var item in ItemsAsync(connection, changed, ct)) index.Add(item);
                index.Publish();
            }
            await transaction.CommitAsync(ct);
            (_from, _lastRead) = (next, now);
        }

        if (now - _lastPruned < TimeSpan.FromMinutes(1)) return;
        await using var prune = Command(connection, $"delete from {Log} where recorded_at < now() - $1::interval");
        prune.Parameters.Add(new NpgsqlParameter { Value = Kept });
        await prune.ExecuteNonQueryAsync(ct);
        _lastPruned = now;
    }

    private string Log => $"{store.Options.DatabaseSchemaName}.{PublicReplyChanges.TableName}";

    private string Table => ((IReadOnlyStoreOptions)store.Options).FindOrResolveDocumentType(typeof(PublicReply)).TableName.QualifiedName;

    private async Task<List<(string Tenant, Guid? Id)>> ChangedAsync(NpgsqlConnection connection, string from, CancellationToken ct)
    {
        await using var command = Command(connection, $"select distinct tenant_id, id from {Log} where position >= $1::xid8");
        command.Parameters.Add(new NpgsqlParameter { Value = from });
        var changed = new List<(string, Guid?)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) changed.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetGuid(1)));
        return changed;
    }

    /// <summary>The published items among <paramref name="only"/>, or all of them.</summary>
    private async IAsyncEnumerable<IndexedItem> ItemsAsync(
        NpgsqlConnection connection, List<(string Tenant, Guid? Id)>? only, [EnumeratorCancellation] CancellationToken ct)
    {
        var sql = $"""
            select d.tenant_id, d.id, d.published_on, (d.data ->> 'sessionId')::uuid, d.data ->> 'titleTerms', d.data ->> 'textTerms',
                   array(select jsonb_array_elements_text(d.data -> 'unitIds')), array(select jsonb_array_elements_text(d.data -> 'categories'))
            from {Table} d where d.published_on is not null
            """;
        if (only is not null) sql += " and (d.tenant_id, d.id) in (select * from unnest($1::varchar[], $2::uuid[]))";
        await using var command = Command(connection, sql);
        if (only is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = only.Select(c => c.Tenant).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter { Value = only.Select(c => c.Id!.Value).ToArray() });
        }
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return new IndexedItem(
                reader.GetString(0), reader.GetGuid(1), reader.GetFieldValue<DateOnly>(2), reader.GetGuid(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetFieldValue<string[]>(6), reader.GetFieldValue<string[]>(7));
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql) => new(sql, connection);

    /// <summary>Degraded while the index is loading or has not read the log for a while: searches then use PostgreSQL or lag.</summary>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (!index.Ready) return Task.FromResult(HealthCheckResult.Degraded("The search index is loading; searches use PostgreSQL meanwhile."));
        var since = clock.GetUtcNow() - _lastRead;
        return Task.FromResult(since < TimeSpan.FromSeconds(30)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"The search index last read the public table's changes {since.TotalSeconds:F0} s ago."));
    }
}
