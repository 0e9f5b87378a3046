using System.Diagnostics;
using JasperFx;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;
using Proposals.Api.Disclosure;
using Proposals.Api.Infrastructure;
using Proposals.Api.Sessions;
using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
using Proposals.Domain.Sessions;

namespace Proposals.SearchBench;

/// <summary>Writes N published items for one jurisdiction with Marten's bulk insert (the search benchmarks' corpus).</summary>
public static class PublishedItems
{
    // The API's storage settings for the public read side (MartenSetup), without the rest of the application.
    // Where the API owns the schema (apiOwnsSchema), this store only adds a table the API has not made yet.
    public static DocumentStore OpenStore(string connectionString, bool apiOwnsSchema = false) => DocumentStore.For(opts =>
    {
        opts.UseProposalsStorage(connectionString);
        if (apiOwnsSchema) opts.AutoCreateSchemaObjects = AutoCreate.CreateOnly;
        opts.ConfigureDisclosure();
        opts.Projections.Add<SessionViewProjection>(ProjectionLifecycle.Inline); // the session names (numeric revisions, as in the API)
    });

    public static async Task SeedAsync(DocumentStore store, string tenant, int items)
    {
        if (store.Options.AutoCreateSchemaObjects == AutoCreate.CreateOrUpdate) await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using (var clean = store.LightweightSession(tenant))
        {
            clean.DeleteWhere<PublicReply>(_ => true);
            clean.DeleteWhere<SessionView>(_ => true);
            clean.DeleteWhere<Proposals.Api.Units.Unit>(_ => true);
            await clean.SaveChangesAsync();
        }

        var corpus = new Corpus(seed: 20240426);
        var clock = Stopwatch.StartNew();
        var actor = new Actor("bench", "bench", Role.Coordinator);
        await store.BulkInsertDocumentsAsync(tenant, corpus.Sessions.Select((id, i) =>
            (object)new SessionView(id, i % 2 == 0 ? Body.Npc : Body.Cppcc, i % 2 == 0 ? ProposalKind.Suggestion : ProposalKind.Proposal, $"第{i + 1}次会议", 0, 0, actor, DateTimeOffset.UtcNow)));
        await store.BulkInsertDocumentsAsync(tenant, Corpus.UnitNames.Select(u => (object)new Proposals.Api.Units.Unit(u.Id, u.Name, "bench", DateTimeOffset.UtcNow)));

        const int chunk = 10_000;
        await store.BulkInsertDocumentsAsync(tenant, corpus.DemoLike());
        for (var from = 0; from < items; from += chunk)
            await store.BulkInsertDocumentsAsync(tenant, Enumerable.Range(from + 1, Math.Min(chunk, items - from)).Select(n => (object)corpus.Next(n)).ToArray());
        Console.WriteLine($"Inserted {items:N0} + 2 published items for '{tenant}' in {clock.Elapsed.TotalSeconds:F1} s (bulk insert).");
    }

    /// <summary>Flushes and analyzes the public table, as autovacuum would in time.</summary>
    public static async Task AnalyzeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // A throwaway cluster commits asynchronously: flush the WAL first, or VACUUM cannot mark the new pages
        // all-visible and counts cannot use index-only scans (autovacuum would get there later on its own).
        await Checkpoint.RunAsync(connection);
        await using var command = new NpgsqlCommand($"vacuum analyze {MartenSetup.Schema}.mt_doc_publicreply", connection);
        await command.ExecuteNonQueryAsync();
        await using var size = new NpgsqlCommand(
            $"select pg_size_pretty(pg_total_relation_size(oid)) || ', ' || relallvisible || ' of ' || relpages || ' pages all-visible' from pg_class where oid = '{MartenSetup.Schema}.mt_doc_publicreply'::regclass",
            connection);
        Console.WriteLine($"Table with indexes: {await size.ExecuteScalarAsync()}");
    }
}
