using Proposals.Api.Auth;
using Proposals.Api.Infrastructure;

namespace Proposals.Api.Tenants;

/// <summary>
/// Guards every route with a {tenant}: a signed-in user works only in the jurisdiction of its token
/// (admins in any), and an unknown jurisdiction is a 404.
/// </summary>
public sealed class TenantGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, TenantDirectory tenants)
    {
        if (context.GetRouteValue("tenant") is not string tenant)
        {
            await next(context);
            return;
        }

        // Public pages are everyone's: a token of another jurisdiction does not keep its holder out.
        var isPublic = context.Request.Path.StartsWithSegments("/api/public");
        var user = context.User;
        if (!isPublic && user.Identity?.IsAuthenticated == true && !user.IsIn("admin") && user.TenantOf() != tenant)
        {
            await Problems.Forbidden($"Your token is for jurisdiction '{user.TenantOf()}', not '{tenant}'.").ExecuteAsync(context);
            return;
        }

        if (!await tenants.ExistsAsync(tenant, context.RequestAborted))
        {
            await Problems.NotFound($"There is no jurisdiction '{tenant}'.").ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
