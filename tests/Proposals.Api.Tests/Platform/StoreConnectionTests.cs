using Marten;
using Npgsql;
using Proposals.Api.Reading;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Platform;

/// <summary>How the store's connections and tables serve many jurisdictions in one database.</summary>
public sealed class StoreConnectionTests(AppFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task loading_documents_of_a_jurisdiction_the_planner_has_no_statistics_for_looks_up_their_ids()
    {
        // A jurisdiction the planner knows, then one it does not: a plan made for the values expects one row of the
        // new one, and would walk all of its entries in the primary key and filter the ids.
        await Store.BulkInsertDocumentsAsync("jiangjin", Views(2_000));
        await Sql("analyze proposals.mt_doc_proposalview");
        var items = Views(2_000);
        await Store.BulkInsertDocumentsAsync("tianjin", items);

        await using var connection = Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await Execute(connection, """
            prepare load_views(uuid[], varchar) as
            select d.id, d.data from proposals.mt_doc_proposalview as d where id = any($1) and d.tenant_id = $2
            """);
        await using var explain = new NpgsqlCommand($"explain (costs off) execute load_views(array['{items[0].Id}']::uuid[], 'tianjin')", connection);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(0));

        Assert.Contains(plan, line => line.Contains("Index Cond") && line.Contains("id = ANY"));
        Assert.DoesNotContain(plan, line => line.Contains("Filter"));
        await Execute(connection, "deallocate load_views");
    }

    [Fact]
    public async Task every_index_of_the_work_list_starts_with_the_jurisdiction()
    {
        await Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using var connection = Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select indexname, indexdef from pg_indexes where schemaname = 'proposals' and tablename = 'mt_doc_proposalview'", connection);
        var indexes = new Dictionary<string, string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) indexes[reader.GetString(0)] = reader.GetString(1);

        Assert.Equal(6, indexes.Count);
        Assert.All(indexes.Values, definition => Assert.Contains("btree (tenant_id, ", definition));
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static ProposalView[] Views(int count) => Enumerable.Range(0, count).Select(_ => new ProposalView
    {
        Id = Guid.CreateVersion7(),
        SessionId = Guid.CreateVersion7(),
        Title = "关于加强职业教育的建议",
        SubmittedAt = DateTimeOffset.UtcNow,
    }).ToArray();
}
