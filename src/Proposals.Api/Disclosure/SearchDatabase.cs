using Npgsql;

namespace Proposals.Api.Disclosure;

/// <summary>
/// Connections for public search, set apart from the store's (docs/performance.md, "Public search, each answer computed"):
/// <list type="bullet">
/// <item>They never prepare statements. The store's connections prepare what they repeat
/// (<see cref="Infrastructure.MartenSetup.Tuned"/>), and after five runs PostgreSQL may keep one generic plan for a
/// prepared statement. For a search that plan cannot know how many items the words match, and it scanned the
/// jurisdiction's whole publication-date index in every query: half the throughput of plans made for the words,
/// which cost well under a millisecond to make.</item>
/// <item>They plan without parallel workers. Searches come many at once, and workers only add to the load: a
/// one-character search went from 16–18 to 29 requests/s at 8 clients on 2 cores without them.</item>
/// </list>
/// </summary>
public sealed class SearchDatabase(NpgsqlDataSource source) : IAsyncDisposable
{
    public NpgsqlDataSource Source { get; } = source;

    public static SearchDatabase For(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 0 };
        builder.Options = $"{builder.Options} -c max_parallel_workers_per_gather=0".Trim();
        return new SearchDatabase(NpgsqlDataSource.Create(builder.ConnectionString));
    }

    public ValueTask DisposeAsync() => Source.DisposeAsync();
}
