using Npgsql;
using Proposals.Api.Infrastructure.LocalPostgres;

namespace Proposals.Api.Tests.Infrastructure;

public sealed class LocalPostgresClusterTests
{
    private const string Title = "关于加强江津区职业院校产教融合的建议";

    [Fact]
    public async Task Throwaway_cluster_stores_chinese_text_and_deletes_its_directory_on_stop()
    {
        await using var cluster = LocalPostgresCluster.Throwaway();

        var connectionString = await cluster.StartAsync("throwaway_test");
        await ExecuteAsync(connectionString, "CREATE TABLE proposal (title text NOT NULL)");
        await ExecuteAsync(connectionString, "INSERT INTO proposal (title) VALUES ($1)", Title);
        Assert.Equal(Title, await ReadTitleAsync(connectionString));

        await cluster.StopAsync();
        Assert.False(Directory.Exists(cluster.RootDirectory));
    }

    [Fact]
    public async Task Persistent_cluster_keeps_its_data_across_stop_and_start()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"proposals-pg-persistent-test-{Guid.NewGuid():N}");
        try
        {
            await using (var first = LocalPostgresCluster.Persistent(directory, preferredPort: 55432))
            {
                var connectionString = await first.StartAsync("persistent_test");
                await ExecuteAsync(connectionString, "CREATE TABLE proposal (title text NOT NULL)");
                await ExecuteAsync(connectionString, "INSERT INTO proposal (title) VALUES ($1)", Title);
                await first.StopAsync();
            }

            Assert.True(Directory.Exists(directory));

            await using var second = LocalPostgresCluster.Persistent(directory, preferredPort: 55432);
            Assert.Equal(Title, await ReadTitleAsync(await second.StartAsync("persistent_test")));
            await second.StopAsync();
        }
        finally
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
    }

    // Unpooled, so no idle connection to a stopped server is handed out after a restart on the same port.
    private static NpgsqlConnection Connect(string connectionString) =>
        new(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);

    private static async Task ExecuteAsync(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = Connect(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> ReadTitleAsync(string connectionString)
    {
        await using var connection = Connect(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT title FROM proposal", connection);
        return (string?)await command.ExecuteScalarAsync();
    }
}
