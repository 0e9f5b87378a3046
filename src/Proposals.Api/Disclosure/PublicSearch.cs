using System.Text;
using Marten;
using Npgsql;

namespace Proposals.Api.Disclosure;

/// <summary>One page of published items: the filters, and the terms the query asks for (<see cref="SearchTerms.Query"/>; none lists them all).</summary>
public sealed record PublicReplyQuery(
    DateOnly Today,
    IReadOnlyList<SearchTerms.QueryTerm>? Terms = null,
    Guid? SessionId = null,
    string? Unit = null,
    string? Category = null,
    int? Year = null,
    int Page = 1,
    int PageSize = 20)
{
    /// <summary>The terms as the text of a <c>to_tsquery('simple', …)</c>: quoted and joined by AND; null without terms.</summary>
    public string? TsQuery => Terms is { Count: > 0 } terms ? string.Join(" & ", terms) : null;
}

/// <summary>
/// Reads published items with PostgreSQL's full-text search over the bigram terms (<see cref="SearchTerms"/>).
/// A match holds the whole query in its title or in its text (content and disclosed replies), each side
/// found through its own GIN index. Relevance is where it was found: title and text, then title, then
/// text; then the newest publication. Without a query the newest come first. (ts_rank would re-parse
/// every matching row's terms, which a computed index does not keep: about 1 s for 6,000 matches.) A node's
/// <see cref="PublicSearchIndex"/>, once loaded, answers the same searches with the same matches, total and order.
/// </summary>
public static class PublicSearch
{
    public const string TitleTermsIndex = "mt_doc_publicreply_idx_title_terms";
    public const string TextTermsIndex = "mt_doc_publicreply_idx_text_terms";

    private sealed record Hit(long Total, PublicReply Document);

    /// <summary>
    /// Runs on <paramref name="database"/>'s connections; the session gives the jurisdiction and the store's schema. Once
    /// <paramref name="index"/> is ready, a search with terms goes to it, and only the page's documents to PostgreSQL;
    /// the list without terms takes its page from PostgreSQL's publication-date index and its total from the search
    /// index, instead of counting the jurisdiction's published items on every page (12 ms at 100,000).
    /// </summary>
    public static async Task<(IReadOnlyList<PublicReply> Items, long Total)> RunAsync(
        SearchDatabase database, IQuerySession session, PublicReplyQuery query, CancellationToken ct, PublicSearchIndex? index = null)
    {
        var (store, tenant) = (session.DocumentStore, session.TenantId);
        // Marten creates a document's table on its first use through a session; these queries bypass the session.
        await session.Database.EnsureStorageExistsAsync(typeof(PublicReply), ct);
        if (query.TsQuery is not null && index is { Ready: true })
        {
            var (ids, total) = index.Search(tenant, query);
            return (await PageAsync(database, store, tenant, query.Today, ids, ct), total);
        }

        var serializer = store.Options.Serializer();
        var hits = new List<Hit>();
        var (sql, args) = Sql(store, tenant, query);
        await using (var command = Command(database, sql, args))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) hits.Add(await serializer.FromJsonAsync<Hit>(reader, 0, ct));
        if (query.TsQuery is not null && (hits.Count > 0 || query.Page == 1))
            return (hits.Select(h => h.Document).ToArray(), hits.Count > 0 ? hits[0].Total : 0);

        // Without a query the page comes straight off the publication-date index and the total from a count;
        // past the last page no row carries the total either.
        if (query.TsQuery is null && index is { Ready: true }) return (hits.Select(h => h.Document).ToArray(), index.Count(tenant, query));
        var (countSql, countArgs) = CountSql(store, tenant, query);
        await using var count = Command(database, countSql, countArgs);
        return (hits.Select(h => h.Document).ToArray(), (long)(await count.ExecuteScalarAsync(ct))!);
    }

    /// <summary>
    /// The documents of the index's page, in its order. Published on or before <paramref name="today"/> is asked again:
    /// an item the index has not yet seen withdrawn or hidden is left out rather than shown.
    /// </summary>
    private static async Task<IReadOnlyList<PublicReply>> PageAsync(
        SearchDatabase database, IDocumentStore store, string tenant, DateOnly today, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var sql = $"select d.data - 'titleTerms' - 'textTerms' from {TableOf(store)} d where d.tenant_id = ? and d.id = any(?) and d.published_on <= ?";
        await using var command = Command(database, sql, [tenant, ids.ToArray(), today]);
        var serializer = store.Options.Serializer();
        var found = new Dictionary<Guid, PublicReply>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                var document = await serializer.FromJsonAsync<PublicReply>(reader, 0, ct);
                found[document.Id] = document;
            }
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToArray();
    }

    /// <summary>The SQL with Npgsql's positional parameters ($1, $2, …) for Marten's '?' placeholders (it uses no '?' operator).</summary>
    public static string Positional(string sql)
    {
        var parts = sql.Split('?');
        var text = new StringBuilder(parts[0]);
        for (var i = 1; i < parts.Length; i++) text.Append('$').Append(i).Append(parts[i]);
        return text.ToString();
    }

    private static NpgsqlCommand Command(SearchDatabase database, string sql, object[] args)
    {
        var command = database.Source.CreateCommand(Positional(sql));
        foreach (var arg in args) command.Parameters.Add(new NpgsqlParameter { Value = arg });
        return command;
    }

    /// <summary>The page's SQL with Marten's <c>?</c> placeholders, each row a JSON object {total, document} (total -1 without a query).</summary>
    public static (string Sql, object[] Args) Sql(IDocumentStore store, string tenant, PublicReplyQuery query)
    {
        var args = new List<object>();
        var table = TableOf(store);
        if (query.TsQuery is null)
        {
            var filters = Filters(tenant, query, args);
            args.AddRange([query.PageSize, (query.Page - 1) * query.PageSize]);
            return ($"""
                select jsonb_build_object('total', -1, 'document', d.data - 'titleTerms' - 'textTerms')
                from {table} d where {filters}
                order by d.published_on desc, d.id
                limit ? offset ?
                """, args.ToArray());
        }

        var hits = Hits(table, tenant, query, args);
        args.AddRange([query.PageSize, (query.Page - 1) * query.PageSize, tenant]);
        var sql = $"""
            select jsonb_build_object('total', p.total, 'document', d.data - 'titleTerms' - 'textTerms')
            from (
              select h.id, h.score, h.published_on, count(*) over () as total
              from ({hits}) h
              order by h.score desc, h.published_on desc, h.id
              limit ? offset ?
            ) p
            join {table} d on d.id = p.id and d.tenant_id = ?
            order by p.score desc, p.published_on desc, p.id
            """;
        return (sql, args.ToArray());
    }

    /// <summary>The SQL counting every match of the query, whatever the page.</summary>
    public static (string Sql, object[] Args) CountSql(IDocumentStore store, string tenant, PublicReplyQuery query)
    {
        var args = new List<object>();
        var hits = Hits(TableOf(store), tenant, query, args);
        return ($"select count(*) from ({hits}) h", args.ToArray());
    }

    private static string Hits(string table, string tenant, PublicReplyQuery query, List<object> args)
    {
        if (query.TsQuery is null) return $"select d.id from {table} d where {Filters(tenant, query, args)}";

        var inTitle = $"select d.id, d.published_on, 2 as score from {table} d where {Filters(tenant, query, args)} " +
                      "and to_tsvector('simple', d.data ->> 'titleTerms') @@ to_tsquery('simple', ?)";
        args.Add(query.TsQuery);
        var inText = $"select d.id, d.published_on, 1 as score from {table} d where {Filters(tenant, query, args)} " +
                     "and to_tsvector('simple', d.data ->> 'textTerms') @@ to_tsquery('simple', ?)";
        args.Add(query.TsQuery);
        return $"select m.id, max(m.published_on) as published_on, sum(m.score) as score from ({inTitle} union all {inText}) m group by m.id";
    }

    private static string Filters(string tenant, PublicReplyQuery query, List<object> args)
    {
        var sql = new StringBuilder("d.tenant_id = ? and d.published_on <= ?");
        args.AddRange([tenant, query.Today]);
        if (query.SessionId is { } sessionId)
        {
            sql.Append(" and d.data ->> 'sessionId' = ?");
            args.Add(sessionId.ToString());
        }
        if (query.Unit is { } unit)
        {
            sql.Append(" and d.data -> 'unitIds' @> jsonb_build_array(?::text)");
            args.Add(unit);
        }
        if (query.Category is { } category)
        {
            sql.Append(" and d.data -> 'categories' @> jsonb_build_array(?::text)");
            args.Add(category);
        }
        if (query.Year is { } year)
        {
            sql.Append(" and d.published_on >= ? and d.published_on < ?");
            args.AddRange([new DateOnly(year, 1, 1), new DateOnly(year, 1, 1).AddYears(1)]);
        }
        return sql.ToString();
    }

    private static string TableOf(IDocumentStore store) =>
        ((IReadOnlyStoreOptions)store.Options).FindOrResolveDocumentType(typeof(PublicReply)).TableName.QualifiedName;
}
