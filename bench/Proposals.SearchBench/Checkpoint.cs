using Npgsql;

namespace Proposals.SearchBench;

/// <summary>Flushes the server's dirty pages and WAL now rather than in a later workload's time (a no-op without the privilege).</summary>
public static class Checkpoint
{
    public static async Task RunAsync(NpgsqlConnection connection)
    {
        try
        {
            await using var checkpoint = new NpgsqlCommand("checkpoint", connection);
            await checkpoint.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
        }
    }
}
