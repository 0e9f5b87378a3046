using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Proposals.Api.Infrastructure;
using Proposals.Api.Reading;
using Wolverine.Http;

namespace Proposals.Api.Disclosure;

public static class GetPublicReplyEndpoint
{
    /// <summary>One published item with its disclosed replies, for anyone.</summary>
    [WolverineGet("/api/public/{tenant}/replies/{id}", OperationId = "getPublicReply")]
    [Tags("Public")]
    [AllowAnonymous]
    [OutputCache(PolicyName = PublicCache.Policy)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpContext http, TimeProvider clock)
    {
        var doc = await session.LoadAsync<PublicReply>(id, http.RequestAborted);
        if (doc is null || !Publication.IsPublic(doc.PublishedOn, Deadline.Today(clock)))
            return Problems.NotFound($"There is no published reply {id}.");

        return Results.Ok((await PublicItems.DescribeAsync(session, [doc], http.RequestAborted)).Single());
    }
}
