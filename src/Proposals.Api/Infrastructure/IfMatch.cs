using Microsoft.Net.Http.Headers;

namespace Proposals.Api.Infrastructure;

/// <summary>Optimistic concurrency over HTTP: the item's ETag is its stream version.</summary>
public static class IfMatch
{
    public static string ETagFor(long version) => $"\"{version}\"";

    /// <summary>True when the request carries an If-Match that names none of the current version.</summary>
    public static bool IsStale(HttpRequest request, long currentVersion)
    {
        var header = request.Headers.IfMatch;
        if (header.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(header, out var tags)) return true;

        var current = ETagFor(currentVersion);
        return !tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Value == current);
    }

    public static void SetETag(HttpResponse response, long version) => response.Headers.ETag = ETagFor(version);
}
