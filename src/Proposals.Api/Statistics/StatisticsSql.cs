using Marten;
using Npgsql;
using NpgsqlTypes;

namespace Proposals.Api.Statistics;

/// <summary>
/// Counts the filtered <see cref="ItemFacts"/> inside PostgreSQL, so that only counts leave the
/// database. Every count belongs to a scope: the jurisdiction (unit null) or one unit.
/// </summary>
public static class StatisticsSql
{
    /// <summary>A count; <see cref="Key"/> is the status, kind or reply category for those measures.</summary>
    public sealed record Count(string? Unit, string Measure, string? Key, int N);

    public static readonly string[] Measures =
    [
        "items", "assigned", "replied", "onTime", "closed", "contacted",
        "rated", "resultSatisfied", "attitudeSatisfied", "ratedFirstRound", "satisfiedFirstRound",
    ];

    // The session and category conditions are written only when asked for: "@session is null or …" would keep
    // a prepared statement's generic plan off their indexes, and a session's report would read the whole jurisdiction.
    private const string Items = """
        with items as not materialized (
            select d.data as f from {table} d
            where d.tenant_id = @tenant{filters}
              and (@unit is null or (d.data -> 'leadUnits') ? @unit or (d.data -> 'coUnits') ? @unit)
        )
        """;

    // One row per item for the jurisdiction (replied once every lead unit had, any unit's contact) and
    // one per item and current lead unit for that unit (its own first reply, contacts and latest reply
    // category); closure and ratings are the item's. Counted per scope, status, kind and category.
    private const string Figures = Items + """
        , parts as (
            select null::text as unit, f ->> 'status' as status, f ->> 'kind' as kind, null::text as category,
                   (f ->> 'assigned')::boolean as assigned,
                   f ->> 'repliedOn' is not null as replied,
                   (f ->> 'repliedOnTime')::boolean as on_time,
                   (f ->> 'contacted')::boolean as contacted,
                   f -> 'latestRating' as latest, f -> 'firstRoundRating' as first_round
            from items where @unit is null
            union all
            select l ->> 'unit', f ->> 'status', f ->> 'kind', l ->> 'latestCategory', true,
                   l ->> 'firstRepliedOn' is not null,
                   (l ->> 'repliedOnTime')::boolean,
                   (l ->> 'contacted')::boolean,
                   f -> 'latestRating', f -> 'firstRoundRating'
            from items cross join lateral jsonb_array_elements(f -> 'leads') l
            where @unit is null or l ->> 'unit' = @unit
        )
        select unit, status, kind, category,
               count(*)::int,
               (count(*) filter (where assigned))::int,
               (count(*) filter (where assigned and replied))::int,
               (count(*) filter (where assigned and on_time))::int,
               (count(*) filter (where assigned and lower(status) = 'closed'))::int,
               (count(*) filter (where assigned and contacted))::int,
               (count(*) filter (where assigned and latest ->> 'result' is not null))::int,
               (count(*) filter (where assigned and lower(latest ->> 'result') <> 'unsatisfied'))::int,
               (count(*) filter (where assigned and lower(latest ->> 'attitude') <> 'unsatisfied'))::int,
               (count(*) filter (where assigned and first_round ->> 'result' is not null))::int,
               (count(*) filter (where assigned and lower(first_round ->> 'result') <> 'unsatisfied'))::int
        from parts
        group by unit, status, kind, category
        """;

    private const string CoOrganized = Items + """
        select co, count(*)::int
        from items cross join lateral jsonb_array_elements_text(f -> 'coUnits') co
        where not ((f -> 'leadUnits') ? co) and (@unit is null or co = @unit)
        group by co
        """;

    public static async Task<IReadOnlyList<Count>> RunAsync(IQuerySession session, StatisticsFilter filter, CancellationToken ct)
    {
        var table = session.DocumentStore.Options.FindOrResolveDocumentType(typeof(ItemFacts)).TableName.QualifiedName;
        await using var connection = session.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var batch = new NpgsqlBatch(connection, transaction);
        // The planner takes each jsonb array for a hundred elements, so it expects a million groups where there
        // are a few dozen: it would compile the query (JIT) and sort on disk, both slower than hashing the counts.
        batch.BatchCommands.Add(new NpgsqlBatchCommand("set local jit = off"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("set local enable_sort = off"));
        // For the same reason it starts parallel workers for every report. Below tens of thousands of items they cost more
        // than they save (a session of 420 items: 10 ms and 16 ms of CPU with them, 3 ms without; docs/performance.md),
        // and a session is one year's items: its report goes without them.
        if (filter.SessionId is not null) batch.BatchCommands.Add(new NpgsqlBatchCommand("set local max_parallel_workers_per_gather = 0"));
        var filters = (filter.SessionId is null ? "" : "\n      and (d.data ->> 'sessionId')::uuid = @session")
                    + (filter.Category is null ? "" : "\n      and d.data ->> 'category' = @category");
        foreach (var sql in new[] { Figures, CoOrganized })
        {
            var command = new NpgsqlBatchCommand(sql.Replace("{table}", table).Replace("{filters}", filters));
            command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Text) { Value = session.TenantId });
            if (filter.SessionId is { } sessionId) command.Parameters.Add(new NpgsqlParameter("session", NpgsqlDbType.Uuid) { Value = sessionId });
            if (filter.Category is { } category) command.Parameters.Add(new NpgsqlParameter("category", NpgsqlDbType.Text) { Value = category });
            command.Parameters.Add(new NpgsqlParameter("unit", NpgsqlDbType.Text) { Value = (object?)filter.Unit ?? DBNull.Value });
            batch.BatchCommands.Add(command);
        }

        var counts = new List<Count>();
        await using var reader = await batch.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var unit = reader.IsDBNull(0) ? null : reader.GetString(0);
            var n = reader.GetInt32(4);
            counts.Add(new Count(unit, "status", reader.GetString(1), n));
            counts.Add(new Count(unit, "kind", reader.GetString(2), n));
            counts.AddRange(Measures.Select((measure, i) => new Count(unit, measure, null, reader.GetInt32(4 + i))));
            // The jurisdiction's replies are its lead units' latest ones.
            if (!reader.IsDBNull(3)) counts.AddRange([new Count(unit, "category", reader.GetString(3), n), new Count(null, "category", reader.GetString(3), n)]);
        }
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
            counts.Add(new Count(reader.GetString(0), "coOrganized", null, reader.GetInt32(1)));
        return counts;
    }
}
