using Microsoft.Extensions.DependencyInjection;
using Proposals.Api.Disclosure;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Disclosure;

/// <summary>Public search runs on connections of its own: each search planned for its words, without parallel workers.</summary>
public sealed class SearchDatabaseTests(AppFixture fixture) : DisclosureTest(fixture)
{
    [Fact]
    public async Task repeated_searches_prepare_no_statement_and_stay_right()
    {
        var item = await RepliedItem(title: "关于深化产教融合的建议");
        await CaughtUp();

        // Past the five runs after which PostgreSQL may settle on a generic plan for a prepared statement.
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal([item], await Computed("产教融合"));
            Assert.Empty(await Computed("乡村道路"));
        }

        var database = Host.Services.GetRequiredService<SearchDatabase>();
        await using var connection = await database.Source.OpenConnectionAsync();
        await using var prepared = connection.CreateCommand();
        prepared.CommandText = "select count(*) from pg_prepared_statements";
        Assert.Equal(0L, await prepared.ExecuteScalarAsync());
        await using var workers = connection.CreateCommand();
        workers.CommandText = "show max_parallel_workers_per_gather";
        Assert.Equal("0", await workers.ExecuteScalarAsync());
    }

    [Fact]
    public async Task a_search_on_a_store_without_the_public_table_yet_answers_an_empty_page()
    {
        // A new store: Marten makes a document's table on first use, and the search's own connections are not Marten's.
        await Sql("drop table if exists proposals.mt_doc_publicreply cascade");
        await Fixture.RestartAsync();

        Assert.Empty(await Computed("产教融合"));
        Assert.Empty(await Computed(""));
    }

    private async Task<Guid[]> Computed(string words) =>
        ReadJson(await Anonymous($"/api/public/jiangjin/replies?{Q(words)}", noCache: true))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();
}
