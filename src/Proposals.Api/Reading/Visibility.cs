using System.Linq.Expressions;
using System.Security.Claims;
using Proposals.Api.Auth;

namespace Proposals.Api.Reading;

/// <summary>
/// Who may read an item: coordinators all of their jurisdiction's, proposers those they signed,
/// handlers those assigned to their unit.
/// </summary>
public static class Visibility
{
    public static bool CanRead(this ClaimsPrincipal user, ProposalView item) =>
        user.IsIn("coordinator")
        || (user.IsIn("proposer") && item.SignerIds.Contains(user.ToActor().Id))
        || (user.IsIn("handler") && item.Units.Contains(user.ToActor().Unit!));

    public static Expression<Func<ProposalView, bool>> ReadableBy(ClaimsPrincipal user)
    {
        if (user.IsIn("coordinator")) return _ => true;
        var actor = user.ToActor();
        if (user.IsIn("handler")) return item => item.Units.Contains(actor.Unit!);
        if (!user.IsIn("proposer")) return _ => false;
        return item => item.SignerIds.Contains(actor.Id);
    }
}
