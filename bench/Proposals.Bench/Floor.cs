using Npgsql;
using Proposals.SearchBench;

namespace Proposals.Bench;

/// <summary>The database's own limit: the same 1 KB payload inserted straight through Npgsql, one row per transaction.</summary>
public static class Floor
{
    public static async Task<Measurement> RunAsync(string connectionString, BenchOptions options)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using (var create = source.CreateCommand("create table if not exists bench_floor (id uuid primary key, data jsonb not null)"))
            await create.ExecuteNonQueryAsync();

        var payload = System.Text.Json.JsonSerializer.Serialize(new { title = "floor", content = ChineseText.OfBytes(1024, 2) });
        var floor = await LoadRunner.RunAsync("raw insert (floor)", "rows/s", options.Clients, options.Warmup, options.Duration, async (_, m) =>
            await LoadRunner.Timed(m, async () =>
            {
                await using var insert = source.CreateCommand("insert into bench_floor (id, data) values ($1, $2::jsonb)");
                insert.Parameters.AddWithValue(Guid.CreateVersion7());
                insert.Parameters.AddWithValue(payload);
                return await insert.ExecuteNonQueryAsync();
            }));
        await CleanUpAsync(source);
        return floor;
    }

    // Half a million throwaway rows would otherwise be flushed and vacuumed during the next workload, on its time.
    private static async Task CleanUpAsync(NpgsqlDataSource source)
    {
        await using var connection = await source.OpenConnectionAsync();
        await using (var drop = new NpgsqlCommand("drop table bench_floor", connection))
            await drop.ExecuteNonQueryAsync();
        await Checkpoint.RunAsync(connection);
    }
}
