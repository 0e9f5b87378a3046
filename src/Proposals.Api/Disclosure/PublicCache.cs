using System.Globalization;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.OutputCaching;
using Proposals.Api.Infrastructure;
using Proposals.Api.Reading;

namespace Proposals.Api.Disclosure;

/// <summary>
/// The public pages are the same for every reader, and when a session's replies come out the whole public
/// reads the same few searches. They are served from ASP.NET Core's output cache, keyed by what could
/// change them: the request's route and filters, the day (publication is by day), and how far the
/// public view's projection has got. Every event it applies moves that position, so a reader never gets
/// an answer older than the projection itself, whichever node cached it. Unit and session names, the
/// other part of a page, are never changed once created. Searches answered by this node's index also key on how far
/// the index has got, which follows the public view a moment later.
/// </summary>
public sealed class PublicCache(IDocumentStore store, PublicSearchIndex index, TimeProvider clock) : IOutputCachePolicy
{
    public const string Policy = "public";

    private static readonly string[] Filters = ["q", "sessionId", "unit", "category", "year", "page", "pageSize"];
    private static readonly ShardName PublicView = ShardOf(new PublicReplyProjection());

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        context.EnableOutputCaching = true;
        context.AllowCacheStorage = true;
        // A reader may ask for a fresh answer (Cache-Control: no-cache); any new q can do as much, so this gives no one more.
        context.AllowCacheLookup = !request.Headers.CacheControl.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase);
        // Otherwise one computation per page at a time: the rest of a burst waits for it and shares its answer.
        context.AllowLocking = context.AllowCacheLookup;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(1);
        context.CacheVaryByRules.QueryKeys = Filters; // other query keys cannot multiply the entries
        context.CacheVaryByRules.VaryByValues["today"] = Deadline.Today(clock).ToString("O");
        // No row yet (a new store, or one just reset): nothing to key on, so nothing is kept.
        var position = await PositionAsync(cancellation);
        if (position is null) context.AllowCacheLookup = context.AllowCacheStorage = false;
        else context.CacheVaryByRules.VaryByValues["projected"] = position;
        if (index.Ready) context.CacheVaryByRules.VaryByValues["indexed"] = index.Generation.ToString(CultureInfo.InvariantCulture);
    }

    // The sequence number alone could come round again after the store is reset or the projection rebuilt;
    // with the time of the projection's last commit it cannot.
    private async Task<string?> PositionAsync(CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var rows = await session.QueryAsync<string>(
            $"select last_seq_id || '@' || coalesce(extract(epoch from last_updated)::text, '') from {MartenSetup.Schema}.mt_event_progression where name = ?",
            cancellation, PublicView.Identity);
        return rows.SingleOrDefault();
    }

    private static ShardName ShardOf(PublicReplyProjection projection) => new(projection.Name, "All", projection.Version);

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Only successes are kept: a problem answer is cheap and may not hold for long.</summary>
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}

public static class PublicCacheSetup
{
    public static IServiceCollection AddPublicCache(this IServiceCollection services) =>
        services.AddSingleton<PublicCache>().AddOutputCache(options =>
        {
            options.UseCaseSensitivePaths = true; // jurisdiction ids are case-sensitive
            options.AddPolicy(PublicCache.Policy, builder => builder.AddPolicy<PublicCache>(), excludeDefaultPolicy: true);
        });
}
