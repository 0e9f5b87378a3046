using JasperFx;
using Marten;

namespace Proposals.Api.Infrastructure;

public static class InsertOnce
{
    /// <summary>Inserts a document whose id must be new; false when it already exists (also under a race).</summary>
    public static async Task<bool> TryInsertAsync<T>(this IDocumentSession session, T document, CancellationToken ct) where T : notnull
    {
        session.Insert(document);
        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (DocumentAlreadyExistsException)
        {
            // Drop the failed insert, or the transactional middleware would try it again.
            session.EjectAllPendingChanges();
            return false;
        }
    }
}
