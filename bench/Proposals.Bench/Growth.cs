using Npgsql;
using Proposals.Api.Infrastructure;
using Proposals.SearchBench;

namespace Proposals.Bench;

/// <summary>
/// How the cost of a read grows with the items of one jurisdiction (docs/performance.md, "How cost grows"). Items made
/// through the API at every stage of their life are the templates; their read-model rows are then copied under new ids
/// until the jurisdiction holds each size in turn, and at each size one client times the work list, the statistics
/// report and the computed public search. Copying rows is how a million items fit in minutes; every read still goes
/// through the API, its SQL and its indexes.
/// </summary>
public sealed class Growth(HttpClient http, BenchOptions options, string connectionString)
{
    private const int TemplatesPerStage = 50;
    private static readonly string[] Words = Search.Words.Where(w => w.Length > 0).ToArray();

    public async Task<IReadOnlyList<Measurement>> RunAsync()
    {
        var jurisdiction = await Jurisdiction.CreateAsync(http, "growth", sessions: 2);
        var templates = await MakeTemplatesAsync(jurisdiction);
        await Settle.WaitAsync(connectionString);

        // The public search reads its own jurisdiction, seeded with the generated corpus of the search workload.
        var searchTenant = $"growth-s-{Guid.NewGuid():N}"[..20];
        await jurisdiction.Admin.PostAsync("/api/tenants", new { id = searchTenant, name = "检索增长" });
        await using (var store = PublishedItems.OpenStore(connectionString, apiOwnsSchema: true))
            await PublishedItems.SeedAsync(store, searchTenant, Math.Min(options.GrowthSizes[0], 10_000) - 2);

        await using var db = NpgsqlDataSource.Create(connectionString);
        var corpus = await IdsAsync(db, "mt_doc_publicreply", searchTenant);

        var results = new List<Measurement>();
        var anonymous = new ApiClient(http, token: null);
        foreach (var size in options.GrowthSizes)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await CopyAsync(db, "mt_doc_proposalview", jurisdiction.Tenant, templates, size);
            await CopyAsync(db, "mt_doc_itemfacts", jurisdiction.Tenant, templates, size);
            await CopyAsync(db, "mt_doc_publicreply", searchTenant, corpus, size);
            await AnalyzeAsync(db);
            Console.WriteLine($"  {size:N0} items in each jurisdiction after {clock.Elapsed.TotalSeconds:0} s of copying and analyzing");
            await Search.IndexedAsync(anonymous, connectionString, searchTenant);

            var session = jurisdiction.Sessions[0];
            results.Add(await TimeAsync($"work list, {size:N0} items", "session and status, newest first, page of 20", () =>
                jurisdiction.Office.GetAsync($"/api/{jurisdiction.Tenant}/proposals?status=submitted&sessionId={session}&sort=-submittedAt&pageSize=20")));
            results.Add(await TimeAsync($"work list, all, {size:N0} items", "no filter, newest first, page of 20", () =>
                jurisdiction.Office.GetAsync($"/api/{jurisdiction.Tenant}/proposals?sort=-submittedAt&pageSize=20")));
            results.Add(await TimeAsync($"statistics report, {size:N0} items", "every unit and figure of the jurisdiction", () =>
                jurisdiction.Office.GetAsync($"/api/{jurisdiction.Tenant}/stats")));
            results.Add(await TimeAsync($"public search, computed, {size:N0} items", "words of 2–6 characters, Cache-Control: no-cache", () =>
                anonymous.GetAsync($"/api/public/{searchTenant}/replies?pageSize=20&q={Uri.EscapeDataString(Words[Random.Shared.Next(Words.Length)])}", fresh: true)));
        }
        return results;
    }

    // Items at each stage of a life, in both sessions: submitted, registered, assigned, and replied and rated.
    private static async Task<Guid[]> MakeTemplatesAsync(Jurisdiction j)
    {
        var ids = new List<Guid>();
        for (var stage = 0; stage < 4; stage++)
        for (var i = 0; i < TemplatesPerStage; i++)
        {
            var id = ApiClient.IdOf(await j.SubmitAsync(j.Sessions[i % j.Sessions.Length]));
            ids.Add(id);
            if (stage >= 1) await j.Office.PostAsync($"/api/{j.Tenant}/proposals/{id}/registration", null);
            if (stage >= 2) await j.Office.PostAsync($"/api/{j.Tenant}/proposals/{id}/assignment", new { leadUnits = new[] { "edu" } });
            if (stage < 3) continue;
            await j.Handler.PostAsync($"/api/{j.Tenant}/proposals/{id}/contacts", new { on = Jurisdiction.Today(), method = "phone", summary = "电话沟通" });
            await j.Handler.PostAsync($"/api/{j.Tenant}/proposals/{id}/replies",
                new { category = "a", content = Jurisdiction.Content, signedBy = "主任", disclosure = new { scope = "full" } });
            await j.Proposer.PostAsync($"/api/{j.Tenant}/proposals/{id}/ratings", new { attitude = "satisfied", result = "satisfied" });
        }
        return ids.ToArray();
    }

    private async Task<Measurement> TimeAsync(string name, string note, Func<Task> call)
    {
        var seconds = options.Quick ? 3 : 10;
        var measurement = await LoadRunner.RunAsync(name, "requests/s", 1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(seconds), (_, m) =>
            LoadRunner.Timed(m, async () => { await call(); return true; }));
        measurement.Note = $"{note}; one client";
        return measurement;
    }

    private static async Task<Guid[]> IdsAsync(NpgsqlDataSource db, string table, string tenant)
    {
        await using var command = db.CreateCommand($"select id from {MartenSetup.Schema}.{table} where tenant_id = $1");
        command.Parameters.AddWithValue(tenant);
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetGuid(0));
        return ids.ToArray();
    }

    /// <summary>Copies the templates' rows under new ids (in the row and in its JSON) until the jurisdiction holds <paramref name="size"/> rows.</summary>
    private static async Task CopyAsync(NpgsqlDataSource db, string table, string tenant, Guid[] templates, int size)
    {
        var qualified = $"{MartenSetup.Schema}.{table}";
        await using var columns = db.CreateCommand(
            "select string_agg(quote_ident(column_name), ',' order by ordinal_position) from information_schema.columns where table_schema = $1 and table_name = $2");
        columns.Parameters.AddWithValue(MartenSetup.Schema);
        columns.Parameters.AddWithValue(table);
        var names = ((string)(await columns.ExecuteScalarAsync())!).Split(',');
        var values = string.Join(',', names.Select(c => c switch
        {
            "id" => "c.new_id",
            "data" => "jsonb_set(c.data, '{id}', to_jsonb(c.new_id::text))",
            _ => "c." + c,
        }));

        while (true)
        {
            await using var count = db.CreateCommand($"select count(*) from {qualified} where tenant_id = $1");
            count.Parameters.AddWithValue(tenant);
            var missing = size - (long)(await count.ExecuteScalarAsync())!;
            if (missing <= 0) return;

            // At most 100,000 rows a statement, each one template's copy with a fresh id. The copies go in by rounds, every
            // template once a round, as distinct items would arrive: left to the planner's join order, one table's copies
            // of a template came out side by side and another's a round apart, and a search's matches then filled half
            // or twice as many pages (docs/performance.md, "From 10,000 to 1,000,000 items").
            var chunk = (int)Math.Min(missing, 100_000);
            await using var copy = db.CreateCommand(
                $"""
                insert into {qualified} ({string.Join(',', names)})
                select {values} from (
                  select d.*, gen_random_uuid() as new_id
                  from {qualified} d cross join generate_series(1, $3) as round(n)
                  where d.tenant_id = $1 and d.id = any($2)
                  order by round.n, d.id
                  limit $4) c
                """);
            copy.CommandTimeout = 0;
            copy.Parameters.AddWithValue(tenant);
            copy.Parameters.AddWithValue(templates);
            copy.Parameters.AddWithValue((chunk + templates.Length - 1) / templates.Length);
            copy.Parameters.AddWithValue(chunk);
            await copy.ExecuteNonQueryAsync();
        }
    }

    // What autovacuum would have done by the time a jurisdiction has grown this much.
    private static async Task AnalyzeAsync(NpgsqlDataSource db)
    {
        await using var connection = await db.OpenConnectionAsync();
        await Checkpoint.RunAsync(connection);
        foreach (var table in new[] { "mt_doc_proposalview", "mt_doc_itemfacts", "mt_doc_publicreply" })
        {
            await using var vacuum = new NpgsqlCommand($"vacuum analyze {MartenSetup.Schema}.{table}", connection) { CommandTimeout = 0 };
            await vacuum.ExecuteNonQueryAsync();
        }
    }
}
