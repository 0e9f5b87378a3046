using Proposals.Api.Infrastructure.LocalPostgres;
using Testcontainers.PostgreSql;

namespace Proposals.Api.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL database for tests, from the first source that works: the <c>PROPOSALS_TEST_DB</c> connection string,
/// a Testcontainers container when a Docker engine is reachable, or a throwaway cluster from the local PostgreSQL binaries.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ConnectionStringVariable = "PROPOSALS_TEST_DB";
    private const string DatabaseName = "proposals_test";
    private static readonly TimeSpan ContainerStartTimeout = TimeSpan.FromMinutes(3);

    private readonly IAsyncDisposable? _owner;

    private TestDatabase(string connectionString, IAsyncDisposable? owner)
    {
        ConnectionString = connectionString;
        _owner = owner;
    }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> AcquireAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(configured))
            return new TestDatabase(configured, owner: null);

        Exception? dockerFailure = null;
        if (DockerEngineMayBeRunning())
        {
            try
            {
                return await StartContainerAsync();
            }
            catch (Exception e)
            {
                dockerFailure = e;
            }
        }

        if (LocalPostgresCluster.BinariesAvailable())
        {
            var cluster = LocalPostgresCluster.Throwaway();
            try
            {
                return new TestDatabase(await cluster.StartAsync(DatabaseName), cluster);
            }
            catch
            {
                await cluster.DisposeAsync();
                throw;
            }
        }

        throw new InvalidOperationException(
            $"No PostgreSQL for tests: set {ConnectionStringVariable} to an Npgsql connection string, start a Docker engine, " +
            "or install the PostgreSQL server binaries (Debian: apt-get install postgresql).",
            dockerFailure);
    }

    public ValueTask DisposeAsync() => _owner?.DisposeAsync() ?? ValueTask.CompletedTask;

    // Cheap checks only: Testcontainers can take a long time to give up when no engine exists at all.
    private static bool DockerEngineMayBeRunning() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST")) || File.Exists("/var/run/docker.sock");

    private static async Task<TestDatabase> StartContainerAsync()
    {
        var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
        try
        {
            using var timeout = new CancellationTokenSource(ContainerStartTimeout);
            await container.StartAsync(timeout.Token);
            return new TestDatabase(container.GetConnectionString(), container);
        }
        catch
        {
            await container.DisposeAsync();
            throw;
        }
    }
}
