using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Proposals.Api.Disclosure;

/// <summary>What the search index keeps of one published item: its terms and what the filters and the order need.</summary>
public sealed record IndexedItem(
    string Tenant,
    Guid Id,
    DateOnly PublishedOn,
    Guid SessionId,
    string? TitleTerms,
    string? TextTerms,
    IReadOnlyList<string> UnitIds,
    IReadOnlyList<string> Categories);

/// <summary>
/// A Lucene index of the published items, held by each node of the API and fed by <see cref="PublicSearchFeed"/>. It
/// answers a search with the same matches, total and order as <see cref="PublicSearch"/>'s SQL, for a fraction of
/// the CPU: PostgreSQL visits the row of every match to count and order them, where the index reads its posting lists
/// and per-item values (docs/performance.md, "Public search"). It holds no text, only terms, days and ids; the page's
/// documents are read from PostgreSQL.
/// </summary>
public sealed class PublicSearchIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string Key = "key", Tenant = "tenant", Id = "id", Published = "published", Session = "session",
        Unit = "unit", Category = "category", Title = "title", Text = "text";

    private static readonly FieldType TermsField = Frozen(new FieldType
    {
        IsIndexed = true, IsTokenized = true, OmitNorms = true, IndexOptions = IndexOptions.DOCS_ONLY,
    });

    // Where the SQL orders by (title match + text match) desc, publication day desc, id.
    private static readonly Sort Order = new(
        SortField.FIELD_SCORE, new SortField(Published, SortFieldType.INT32, true), new SortField(Id, SortFieldType.STRING));

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"proposals-search-{Guid.NewGuid():N}");
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private long _generation;
    private readonly System.Threading.Lock _filtersLock = new();
    private Dictionary<string, Filter> _filters = [];
    private DateOnly _filtersDay;

    public PublicSearchIndex()
    {
        // Small new segments stay in memory until merged: the feed publishes a few changes several times a second.
        _directory = new NRTCachingDirectory(FSDirectory.Open(_path), maxMergeSizeMB: 4, maxCachedMB: 48);
        _writer = new IndexWriter(_directory, new IndexWriterConfig(Version, new WhitespaceAnalyzer(Version)) { RAMBufferSizeMB = 32 });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>False until the first load is published; until then searches go to PostgreSQL.</summary>
    public bool Ready { get; private set; }

    /// <summary>Moves on with every change applied: the public pages' cache keys carry it.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Adds a published item; searches see it after <see cref="Publish"/>.</summary>
    public void Add(IndexedItem item) => _writer.AddDocument(DocumentOf(item));

    /// <summary>Removes an item, if held, as of <see cref="Publish"/> (an item added after this stays).</summary>
    public void Remove(string tenant, Guid id) => _writer.DeleteDocuments(new Term(Key, KeyOf(tenant, id)));

    /// <summary>Removes every item as of <see cref="Publish"/>, before a load from the start.</summary>
    public void RemoveAll() => _writer.DeleteAll();

    /// <summary>Makes the changes so far visible to searches, all at once.</summary>
    public void Publish()
    {
        _searchers.MaybeRefreshBlocking();
        Interlocked.Increment(ref _generation);
        Ready = true;
    }

    /// <summary>The ids of the page's items in order, and how many match in all.</summary>
    public (IReadOnlyList<Guid> Ids, int Total) Search(string tenant, PublicReplyQuery query)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var skip = (query.Page - 1) * query.PageSize;
            var wanted = (int)Math.Min((long)skip + query.PageSize, Math.Max(1, searcher.IndexReader.MaxDoc));
            var top = searcher.Search(QueryOf(query), PublishedIn(tenant, query.Today), wanted, Order, doDocScores: false, doMaxScore: false);
            var ids = top.ScoreDocs.Skip(skip).Select(hit => Guid.Parse(((BytesRef)((FieldDoc)hit).Fields[2]).Utf8ToString())).ToArray();
            return (ids, top.TotalHits);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>How many items the query matches, without ordering them: the total of PostgreSQL's list without terms.</summary>
    public int Count(string tenant, PublicReplyQuery query)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var count = new TotalHitCountCollector();
            searcher.Search(QueryOf(query), PublishedIn(tenant, query.Today), count);
            return count.TotalHits;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// The jurisdiction's items published by <paramref name="today"/>, which every search asks for: kept per segment of
    /// the index (Lucene's <see cref="CachingWrapperFilter"/>), so a search does not walk the jurisdiction's whole
    /// posting list and publication days again. Only today's are kept.
    /// </summary>
    private Filter PublishedIn(string tenant, DateOnly today)
    {
        lock (_filtersLock)
        {
            if (_filtersDay != today) (_filtersDay, _filters) = (today, []);
            if (_filters.TryGetValue(tenant, out var cached)) return cached;
            var published = new BooleanQuery
            {
                { new TermQuery(new Term(Tenant, tenant)), Occur.MUST },
                { NumericRangeQuery.NewInt32Range(Published, null, today.DayNumber, true, true), Occur.MUST },
            };
            return _filters[tenant] = new CachingWrapperFilter(new QueryWrapperFilter(published));
        }
    }

    // Scores: 2 for a title holding every term, 1 for a text holding them; the filters add nothing. Without terms
    // every item scores alike, so the newest come first, as in PostgreSQL's list.
    private static Query QueryOf(PublicReplyQuery query)
    {
        Query matches = new MatchAllDocsQuery();
        if (query.Terms is { Count: > 0 } terms)
        {
            var inTitle = new ConstantScoreQuery(AllTerms(Title, terms)) { Boost = 2 };
            var inText = new ConstantScoreQuery(AllTerms(Text, terms)) { Boost = 1 };
            matches = new BooleanQuery(disableCoord: true) { { inTitle, Occur.SHOULD }, { inText, Occur.SHOULD } };
        }
        var all = new BooleanQuery(disableCoord: true) { { matches, Occur.MUST } };
        if (query.SessionId is { } session) Filter(all, new TermQuery(new Term(Session, session.ToString())));
        if (query.Unit is { } unit) Filter(all, new TermQuery(new Term(Unit, unit)));
        if (query.Category is { } category) Filter(all, new TermQuery(new Term(Category, category)));
        if (query.Year is { } year)
            Filter(all, NumericRangeQuery.NewInt32Range(Published, new DateOnly(year, 1, 1).DayNumber, new DateOnly(year, 12, 31).DayNumber, true, true));
        return all;
    }

    private static BooleanQuery AllTerms(string field, IEnumerable<SearchTerms.QueryTerm> terms)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
            all.Add(term.Prefix ? new PrefixQuery(new Term(field, term.Text)) : new TermQuery(new Term(field, term.Text)), Occur.MUST);
        return all;
    }

    private static void Filter(BooleanQuery query, Query filter) => query.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);

    private static Document DocumentOf(IndexedItem item)
    {
        var id = item.Id.ToString();
        var document = new Document
        {
            new StringField(Key, KeyOf(item.Tenant, item.Id), Field.Store.NO),
            new StringField(Tenant, item.Tenant, Field.Store.NO),
            new SortedDocValuesField(Id, new BytesRef(id)),
            new Int32Field(Published, item.PublishedOn.DayNumber, Field.Store.NO),
            new NumericDocValuesField(Published, item.PublishedOn.DayNumber),
            new StringField(Session, item.SessionId.ToString(), Field.Store.NO),
            new Field(Title, item.TitleTerms ?? "", TermsField),
            new Field(Text, item.TextTerms ?? "", TermsField),
        };
        foreach (var unit in item.UnitIds) document.Add(new StringField(Unit, unit, Field.Store.NO));
        foreach (var category in item.Categories) document.Add(new StringField(Category, category, Field.Store.NO));
        return document;
    }

    private static string KeyOf(string tenant, Guid id) => $"{tenant}/{id}";

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        try { System.IO.Directory.Delete(_path, recursive: true); }
        catch (IOException) { } // a temporary folder: the system clears what is left
    }
}
