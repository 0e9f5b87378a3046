using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Proposals.Api.Tests.Infrastructure;
using Wolverine;

namespace Proposals.Api.Tests.Support;

/// <summary>One API host and one real PostgreSQL database for the whole test run.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public IAlbaHost Host { get; private set; } = null!;
    public string ConnectionString => _database!.ConnectionString;

    /// <summary>The application's clock. Tests move it instead of waiting (see <see cref="ApiTest.Advance"/>).</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.AcquireAsync();
        Host = await StartHostAsync(_database.ConnectionString, "Development", Clock);
    }

    /// <summary>Stops the API and starts a new one on the same database, as a restart would.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = await StartHostAsync(ConnectionString, "Development", Clock);
    }

    /// <param name="balanced">
    /// Null for a node alone (Wolverine's solo mode: it runs every agent at once). Otherwise the node shares its
    /// agents with the others on the database, as in production, with these changes to Wolverine's options.
    /// </param>
    public static Task<IAlbaHost> StartHostAsync(
        string connectionString, string environment, TimeProvider? clock = null, Action<WolverineOptions>? balanced = null) =>
        AlbaHost.For<Program>(x =>
        {
            x.UseEnvironment(environment);
            x.UseSetting("ConnectionStrings:Proposals", connectionString);
            x.UseSetting("Proposals:DemoData", "false");
            x.UseSetting("Proposals:ScheduledJobPolling", "00:00:00.200");
            // The tests run PlannerStatistics themselves; its timer would race them.
            x.UseSetting("Proposals:PlannerStatisticsInterval", "01:00:00");
            x.UseSetting("Auth:SigningKey", TestTokens.SigningKey);
            x.ConfigureServices(services =>
            {
                if (clock is not null) services.AddSingleton(clock);
                if (balanced is null)
                {
                    services.RunWolverineInSoloMode();
                    services.DisableAllExternalWolverineTransports();
                }
                // Nodes that share agents take the leader's commands through the database's control queue, a transport.
                else services.ConfigureWolverine(balanced);
            });
        });

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "api";
}
