using Npgsql;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Reading;

/// <summary>The work list in a database that many jurisdictions share.</summary>
public sealed class WorkListIndexTests(AppFixture fixture) : ApiTest(fixture)
{
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
}
