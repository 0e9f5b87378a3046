using Proposals.Api.Infrastructure.LocalPostgres;

namespace Proposals.Api.Infrastructure;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Proposals";

    /// <summary>
    /// The configured server, or else an embedded cluster under the repository's .data/ folder, started
    /// from the machine's PostgreSQL binaries, kept between runs and stopped when the API stops.
    /// </summary>
    public static string ResolveConnectionString(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;

        var directory = builder.Configuration["Proposals:EmbeddedDatabase:Directory"]
                        ?? Path.Combine(RepositoryRoot(builder.Environment.ContentRootPath), ".data", "postgres");
        var port = builder.Configuration.GetValue("Proposals:EmbeddedDatabase:Port", 54329);

        using var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true));
        var cluster = LocalPostgresCluster.Persistent(directory, port, loggers.CreateLogger<LocalPostgresCluster>());
        var connectionString = cluster.StartAsync("proposals").GetAwaiter().GetResult();

        builder.Services.AddHostedService(_ => new EmbeddedDatabaseLifetime(cluster));
        // A start-up that fails before the host runs never reaches the hosted service's StopAsync.
        AppDomain.CurrentDomain.UnhandledException += (_, _) => cluster.StopAsync().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.StopAsync().GetAwaiter().GetResult();
        return connectionString;
    }

    // The folder holding Proposals.sln, so `dotnet run` from anywhere in the tree shares one .data/.
    private static string RepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Proposals.sln"))) return dir.FullName;
        return start;
    }

    private sealed class EmbeddedDatabaseLifetime(LocalPostgresCluster cluster) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) => Task.CompletedTask;
        public Task StopAsync(CancellationToken ct) => cluster.StopAsync();
    }
}
