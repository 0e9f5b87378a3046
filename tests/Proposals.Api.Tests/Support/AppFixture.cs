using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Proposals.Api.Tests.Infrastructure;
using Wolverine;

namespace Proposals.Api.Tests.Support;

/// <summary>One API host and one real PostgreSQL database for the whole test run.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public IAlbaHost Host { get; private set; } = null!;
    public string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.AcquireAsync();
        Host = await StartHostAsync(_database.ConnectionString, "Development");
    }

    public static Task<IAlbaHost> StartHostAsync(string connectionString, string environment) =>
        AlbaHost.For<Program>(x =>
        {
            x.UseEnvironment(environment);
            x.UseSetting("ConnectionStrings:Proposals", connectionString);
            x.UseSetting("Proposals:DemoData", "false");
            x.UseSetting("Auth:SigningKey", TestTokens.SigningKey);
            x.ConfigureServices(services =>
            {
                services.RunWolverineInSoloMode();
                services.DisableAllExternalWolverineTransports();
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
