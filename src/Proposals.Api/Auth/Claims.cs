using System.Security.Claims;
using Proposals.Domain.Common;

namespace Proposals.Api.Auth;

/// <summary>The claims a token carries, and the actor they make.</summary>
public static class Claims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string Tenant = "tenant";
    public const string Unit = "unit";

    public static readonly IReadOnlyDictionary<string, Domain.Common.Role> Roles = new Dictionary<string, Domain.Common.Role>
    {
        ["proposer"] = Domain.Common.Role.Proposer,
        ["coordinator"] = Domain.Common.Role.Coordinator,
        ["handler"] = Domain.Common.Role.Handler,
        ["admin"] = Domain.Common.Role.Admin,
    };

    public static Actor ToActor(this ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(Subject) ?? throw new InvalidOperationException("The token has no 'sub' claim.");
        var role = Roles[user.FindFirstValue(Role) ?? ""];
        return new Actor(id, user.FindFirstValue(Name) ?? id, role, user.FindFirstValue(Unit));
    }

    public static string? TenantOf(this ClaimsPrincipal user) => user.FindFirstValue(Tenant);

    public static bool IsIn(this ClaimsPrincipal user, string role) => user.FindFirstValue(Role) == role;
}
