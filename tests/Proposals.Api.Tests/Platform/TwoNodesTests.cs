using Alba;
using Marten;
using Npgsql;
using Proposals.Api.Disclosure;
using Proposals.Api.Statistics;
using Proposals.Api.Tenants;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Platform;

/// <summary>
/// Two API nodes on one database, as a province runs them: the async projections run once, on one node or the
/// other (Wolverine's agent assignment), and the node left carries on with them when the other stops.
/// </summary>
public sealed class TwoNodesTests(AppFixture fixture) : ApiTest(fixture)
{
    private IAlbaHost? _node;

    protected override IAlbaHost Host => _node ?? base.Host;

    [Fact]
    public async Task two_nodes_share_the_async_projections_and_the_one_left_takes_them_all_over()
    {
        await using var database = await SeparateDatabase.CreateAsync(Fixture.ConnectionString);
        var first = await StartNode(database.ConnectionString);
        await using var second = await StartNode(database.ConnectionString);
        try
        {
            await RunOn(database, first, second);
        }
        finally
        {
            await first.DisposeAsync();
        }
    }

    private async Task RunOn(SeparateDatabase database, IAlbaHost first, IAlbaHost second)
    {
        _node = first;
        await using (var session = Store.LightweightSession())
        {
            session.Store(new Tenant("jiangjin", "重庆市江津区", "test", DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }
        await CreateUnits();
        var before = await Assigned(["jiangjin-edu"]);

        // Each node runs some of the agents, and each async projection runs on one node.
        await Eventually(async () => await Assignments(database) is var shared
                && shared.Select(a => a.Node).Distinct().Count() == 2
                && shared.Count(a => a.Agent.StartsWith("event-subscriptions://")) == 2,
            "the agents shared between the two nodes", seconds: 30);

        _node = second; // the reply goes through the other node
        await Reply(before);
        await Eventually(() => Projected(before), "the reply in the public view and the statistics, from both nodes' work");

        await first.DisposeAsync(); // a node stopped, as in a rolling restart; disposing it again is harmless
        var after = await Assigned(["jiangjin-edu"]);
        await Reply(after);
        await Eventually(() => Projected(after), "the reply projected by the node left", seconds: 30);

        var left = await Assignments(database);
        Assert.Single(left.Select(a => a.Node).Distinct());
        Assert.Equal(2, left.Count(a => a.Agent.StartsWith("event-subscriptions://")));
    }

    private async Task Reply(Guid id)
    {
        // The nodes run on the real clock, not on the fixture's, which other tests move forward.
        await Step(id, "contacts", User.Handler(), 200, ContactBody(Domain.Common.ChinaTime.Today(DateTimeOffset.UtcNow)));
        await Step(id, "replies", User.Handler(), 200, ReplyBody());
    }

    private async Task<bool> Projected(Guid id)
    {
        await using var session = Store.QuerySession("jiangjin");
        var reply = await session.LoadAsync<PublicReply>(id);
        var facts = await session.LoadAsync<ItemFacts>(id);
        return reply?.PublishedOn is not null && facts?.RepliedOn is not null;
    }

    private static Task<IAlbaHost> StartNode(string connectionString) =>
        AppFixture.StartHostAsync(connectionString, "Development", balanced: opts =>
        {
            // Wolverine's defaults check the nodes every 10 s and the assignments every 30 s; a test cannot wait that long.
            opts.Durability.FirstHealthCheckExecution = TimeSpan.FromMilliseconds(200);
            opts.Durability.HealthCheckPollingTime = TimeSpan.FromSeconds(1);
            opts.Durability.CheckAssignmentPeriod = TimeSpan.FromSeconds(1);
            opts.Durability.StaleNodeTimeout = TimeSpan.FromSeconds(5);
        });

    private static async Task<IReadOnlyList<(string Agent, Guid Node)>> Assignments(SeparateDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select id, node_id from proposals.wolverine_node_assignments", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var assignments = new List<(string, Guid)>();
        while (await reader.ReadAsync()) assignments.Add((reader.GetString(0), reader.GetGuid(1)));
        return assignments;
    }

    /// <summary>A database of its own on the test server, dropped afterwards: the other tests' host runs alone on theirs.</summary>
    private sealed class SeparateDatabase : IAsyncDisposable
    {
        private readonly string _serverConnectionString;
        private readonly string _name;

        private SeparateDatabase(string serverConnectionString, string name)
        {
            (_serverConnectionString, _name) = (serverConnectionString, name);
            ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
        }

        public string ConnectionString { get; }

        public static async Task<SeparateDatabase> CreateAsync(string serverConnectionString)
        {
            var database = new SeparateDatabase(serverConnectionString, $"proposals_nodes_{Guid.NewGuid():N}");
            await database.Run($"create database {database._name}");
            return database;
        }

        public async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await Run($"drop database if exists {_name} with (force)");
        }

        private async Task Run(string sql)
        {
            await using var connection = new NpgsqlConnection(_serverConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
