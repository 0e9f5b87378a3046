using Marten;
using Microsoft.Extensions.DependencyInjection;
using Proposals.Api.Disclosure;
using Proposals.Api.Tests.Support;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Tests.Disclosure;

/// <summary>Each node's search index: the same answers as PostgreSQL's full-text search, and the public table's changes followed.</summary>
public sealed class PublicSearchIndexTests(AppFixture fixture) : DisclosureTest(fixture)
{
    private PublicSearchIndex Index => Host.Services.GetRequiredService<PublicSearchIndex>();

    [Fact]
    public async Task the_index_finds_the_same_items_in_the_same_order_with_the_same_total_as_the_sql()
    {
        var session = await Session();
        var items = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var id = await AssignedItem(i % 2 == 0 ? [Edu] : [Econ], [Hrss],
                title: i % 3 == 0 ? "关于深化产教融合的建议" : "关于改善乡村道路的建议",
                content: i % 2 == 0 ? "建议推进职业教育产教融合。" : "建议硬化乡村道路，发展职业教育。");
            await Reply(id, i % 2 == 0 ? Edu : Econ, category: i < 3 ? "a" : "c",
                content: i == 4 ? "答复：产教融合实训基地已建成。" : "答复：已列入年度计划。");
            items.Add(id);
        }
        await CaughtUp();
        Assert.True(Index.Ready);

        var today = Today;
        string[] words = ["产教融合", "职业教育", "乡村道路", "教", "融 教", "答复", "计划", "没有的词", ""];
        var filters = new (Guid? Session, string? Unit, string? Category, int? Year)[]
            { (null, null, null, null), (session, null, null, null), (null, Edu, null, null), (null, Hrss, "c", null), (null, null, null, today.Year), (null, null, null, today.Year - 1) };
        await using var query = Store.QuerySession("jiangjin");
        var database = Host.Services.GetRequiredService<SearchDatabase>();
        var compared = 0;
        foreach (var word in words)
        foreach (var (sessionId, unit, category, year) in filters)
        foreach (var (page, size) in new[] { (1, 20), (1, 2), (2, 2), (4, 2) })
        {
            var asked = new PublicReplyQuery(today, SearchTerms.Query(word), sessionId, unit, category, year, page, size);
            var bySql = await PublicSearch.RunAsync(database, query, asked, CancellationToken.None);
            var byIndex = await PublicSearch.RunAsync(database, query, asked, CancellationToken.None, Index);
            Assert.Equal(bySql.Total, byIndex.Total);
            Assert.Equal(bySql.Items.Select(d => d.Id), byIndex.Items.Select(d => d.Id));
            compared += bySql.Items.Count;
        }
        Assert.True(compared > 100, $"only {compared} items compared");
    }

    [Fact]
    public async Task the_index_follows_writes_that_bypass_the_projection_and_starts_again_when_the_table_is_emptied()
    {
        var replied = await RepliedItem(title: "关于深化产教融合的建议");
        Assert.Equal([replied], await PublicIds(Q("产教融合")));

        // A document written straight to the table, as a bulk load or a rebuild in another process writes it.
        var loaded = Guid.CreateVersion7();
        await using (var session = Store.LightweightSession("jiangjin"))
        {
            session.Store(new PublicReply
            {
                Id = loaded, SessionId = await Session(), Kind = ProposalKind.Suggestion, Title = "关于推进产教融合的建议",
                RepliedOn = Today, PublishedOn = Today, TitleTerms = SearchTerms.Of(["关于推进产教融合的建议"]),
            });
            await session.SaveChangesAsync();
        }
        Assert.Equal(new[] { replied, loaded }.Order(), (await PublicIds(Q("产教融合"))).Order());

        await using (var session = Store.LightweightSession("jiangjin"))
        {
            session.Delete<PublicReply>(loaded);
            await session.SaveChangesAsync();
        }
        Assert.Equal([replied], await PublicIds(Q("产教融合")));

        var generation = Index.Generation;
        await Sql("truncate proposals.mt_doc_publicreply");
        Assert.Empty(await PublicIds(Q("产教融合")));
        Assert.True(Index.Generation > generation);
    }

    [Fact]
    public async Task a_page_leaves_out_an_item_the_index_has_not_yet_seen_hidden()
    {
        var id = await RepliedItem(title: "关于深化产教融合的建议");
        await CaughtUp();
        // An index of its own, which nothing feeds after this: it still holds the item once the table hides it.
        using var stale = new PublicSearchIndex();
        stale.Add(new IndexedItem("jiangjin", id, Today, await Session(), SearchTerms.Of(["关于深化产教融合的建议"]), null, [], []));
        stale.Publish();
        await Sql("update proposals.mt_doc_publicreply set published_on = null where id = @id", ("id", id));

        await using var query = Store.QuerySession("jiangjin");
        var (items, total) = await PublicSearch.RunAsync(
            Host.Services.GetRequiredService<SearchDatabase>(), query, new PublicReplyQuery(Today, SearchTerms.Query("产教融合")), CancellationToken.None, stale);
        Assert.Empty(items);
        Assert.Equal(1, total);
    }

    [Fact]
    public async Task the_change_log_is_part_of_the_schema_marten_checks_and_migrates()
    {
        await Host.Services.GetRequiredService<PublicSearchFeed>().CatchUpAsync();
        // db-assert's check: a difference here would make every migration drop the function, and with it the triggers.
        var options = (StoreOptions)Store.Options;
        var migration = await Store.Storage.Database.CreateMigrationAsync(options.Storage.FindFeature(typeof(PublicReplyChanges)), CancellationToken.None);
        var updates = new StringWriter();
        migration.WriteAllUpdates(updates, options.Advanced.Migrator, JasperFx.AutoCreate.CreateOrUpdate);
        Assert.True(migration.Difference == Weasel.Core.SchemaPatchDifference.None, updates.ToString());
        var triggers = await SqlScalar("select count(*) from pg_trigger where tgrelid = 'proposals.mt_doc_publicreply'::regclass and not tgisinternal");
        Assert.Equal(3L, triggers);
    }

    [Fact]
    public async Task the_health_check_reports_the_index_once_loaded()
    {
        await Host.Services.GetRequiredService<PublicSearchFeed>().CatchUpAsync();
        var health = (await Get("/health", null)).ReadAsText();
        Assert.Equal("Healthy", health);
    }
}
