using System.Linq.Expressions;
using System.Security.Claims;
using Proposals.Api.Auth;

namespace Proposals.Api.Reading;

/// <summary>Who may read an item: coordinators all of their jurisdiction's, proposers those they signed.</summary>
public static class Visibility
{
    public static bool CanRead(this ClaimsPrincipal user, ProposalView item) =>
        user.IsIn("coordinator") || (user.IsIn("proposer") && item.SignerIds.Contains(user.ToActor().Id));

    public static Expression<Func<ProposalView, bool>> ReadableBy(ClaimsPrincipal user)
    {
        if (user.IsIn("coordinator")) return _ => true;
        if (!user.IsIn("proposer")) return _ => false;
        var id = user.ToActor().Id;
        return item => item.SignerIds.Contains(id);
    }
}
