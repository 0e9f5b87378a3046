using Marten;
using Marten.Events;
using Proposals.Api.Infrastructure;
using Proposals.Api.Reading;
using Proposals.Api.Sessions;
using Proposals.Domain.Proposals;
using Proposals.Domain.Sessions;
using Npgsql;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Platform;

/// <summary>The read side is only ever a projection of the events: rebuilt from them, it is the same.</summary>
public sealed class RebuildTests(AppFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task every_projection_rebuilt_from_the_events_equals_the_live_one()
    {
        await Host.ResetAllMartenDataAsync();
        await new Api.DemoData.DemoDataSeeder(Store, Microsoft.Extensions.Logging.Abstractions.NullLogger<Api.DemoData.DemoDataSeeder>.Instance).StartAsync(default);
        var id = await Assigned(["jiangjin-edu"], ["jiangjin-econ"]); // the demo created these units
        await Step(id, "contacts", User.Handler("jiangjin-edu"), 200, ContactBody(Today));
        await Step(id, "replies", User.Handler("jiangjin-edu"), 200, ReplyBody("b", [new { description = "建成实训基地", dueOn = Today.AddMonths(6) }]));
        await Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var live = await ReadModels();

        using var daemon = await Store.BuildProjectionDaemonAsync();
        foreach (var projection in Projections)
            await daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(1), CancellationToken.None);

        var rebuilt = await ReadModels();
        Assert.NotEmpty(live);
        Assert.Equal(live.Keys.Order(), rebuilt.Keys.Order());
        foreach (var (key, data) in live) Assert.True(data == rebuilt[key], $"{key} differs after the rebuild");
    }

    // The write model (Proposal) is aggregated live from its events on each step: it has nothing to rebuild.
    private static readonly Type[] Projections =
    [
        typeof(SessionRegisterAggregation), typeof(ProposalViewProjection), typeof(SessionViewProjection),
        typeof(Api.Statistics.ItemFactsProjection), typeof(Api.Disclosure.PublicReplyProjection),
    ];

    private static readonly Type[] ReadModelTypes =
        [typeof(SessionRegister), typeof(ProposalView), typeof(SessionView), typeof(Api.Statistics.ItemFacts), typeof(Api.Disclosure.PublicReply)];

    // Every projected document, keyed by table, tenant and id, as stored JSON.
    private async Task<Dictionary<string, string>> ReadModels()
    {
        var result = new Dictionary<string, string>();
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        foreach (var type in ReadModelTypes)
        {
            var table = $"{MartenSetup.Schema}.mt_doc_{type.Name.ToLowerInvariant()}";
            await using var command = new NpgsqlCommand($"select tenant_id, id::text, data::text from {table}", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) result[$"{table}/{reader.GetString(0)}/{reader.GetString(1)}"] = reader.GetString(2);
        }
        return result;
    }
}
