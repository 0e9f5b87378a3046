using Npgsql;

namespace Proposals.Bench;

/// <summary>
/// Waits until the async projections have caught up with every event so far, so that each workload starts on a
/// quiet system instead of paying for the last one's backlog.
/// </summary>
public static class Settle
{
    public static async Task WaitAsync(string? connectionString)
    {
        if (connectionString is null) return;
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using var command = source.CreateCommand(
            """
            select (select last_value from proposals.mt_events_sequence)
                 - coalesce((select min(last_seq_id) from proposals.mt_event_progression where name like '%:All'), 0)
            """);
        var until = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < until && (long)(await command.ExecuteScalarAsync())! > 0) await Task.Delay(100);
    }
}
