using JasperFx.Events.Projections;
using Marten;
using Marten.Schema.Indexing.Unique;
using Proposals.Api.Infrastructure;
using Weasel.Postgresql.Tables.Indexes;

namespace Proposals.Api.Disclosure;

public static class DisclosureSetup
{
    /// <summary>The public read side's projections and indexes.</summary>
    public static void ConfigureDisclosure(this StoreOptions options)
    {
        options.Projections.Add<PublicReplyProjection>(ProjectionLifecycle.Async, ProjectionTuning.Apply);

        // Full-text indexes over the bigram terms (SearchTerms) with the 'simple' configuration: no stemming,
        // no stop words, every term as written. PublicSearch's SQL uses exactly these expressions; it answers a node's
        // searches until the node's own index is loaded (PublicSearchIndex).
        options.Schema.For<PublicReply>()
            // (tenant, publication day): pages of the newest straight off the index, counts from the index alone.
            .Duplicate(r => r.PublishedOn!, pgType: "date", configure: index => index.TenancyScope = TenancyScope.PerTenant)
            // Each document's JSON (text and terms, about 1.7 KB compressed) out of the row, in the TOAST table: a
            // search visits the row of every match for its tenant and date, and narrow rows keep those visits in fewer
            // cached pages (heap 228 MB against 41 MB for 150,000 items, where searches took about half as long; at a
            // million items 240 against 271 ms p50). PostgreSQL moves values only out of rows over about 2 KB, so
            // the shortest documents stay in theirs (docs/performance.md, "From 10,000 to 1,000,000 items").
            .StorageParameter("toast_tuple_target", 128)
            .FullTextIndex(Terms(PublicSearch.TitleTermsIndex), r => r.TitleTerms!)
            .FullTextIndex(Terms(PublicSearch.TextTermsIndex), r => r.TextTerms!);
        options.Storage.Add(new PublicReplyChanges(options));
    }

    /// <summary>
    /// This node's search index of the published items, the feed that keeps it, and its health. Only a process that
    /// serves requests (<paramref name="serving"/>) feeds an index; in the others searches would go to PostgreSQL.
    /// </summary>
    public static IServiceCollection AddPublicSearch(this IServiceCollection services, bool serving)
    {
        services.AddSingleton<PublicSearchIndex>();
        services.AddSingleton<PublicSearchFeed>();
        if (serving) services.AddHostedService(provider => provider.GetRequiredService<PublicSearchFeed>());
        services.AddHealthChecks().AddCheck<PublicSearchFeed>("search-index");
        return services;
    }

    private static Action<FullTextIndexDefinition> Terms(string name) => index =>
    {
        index.Name = name;
        index.RegConfig = "simple";
    };
}
