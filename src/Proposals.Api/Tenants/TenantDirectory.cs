using System.Collections.Concurrent;
using Marten;

namespace Proposals.Api.Tenants;

/// <summary>Answers whether a jurisdiction exists. Jurisdictions are never removed, so a yes is cached.</summary>
public sealed class TenantDirectory(IDocumentStore store)
{
    private readonly ConcurrentDictionary<string, bool> _known = new();

    public async ValueTask<bool> ExistsAsync(string id, CancellationToken ct)
    {
        if (_known.ContainsKey(id)) return true;
        await using var session = store.QuerySession();
        if (await session.LoadAsync<Tenant>(id, ct) is null) return false;
        _known[id] = true;
        return true;
    }

    /// <summary>Forget everything, e.g. after a test wiped the database.</summary>
    public void Clear() => _known.Clear();
}
