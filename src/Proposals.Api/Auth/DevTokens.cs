using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Proposals.Api.Infrastructure;
using Wolverine.Http;

namespace Proposals.Api.Auth;

public sealed record DevTokenRequest(string? Sub, string? Name, string? Role, string? Tenant, string? Unit);

public sealed record DevToken(string Token);

/// <summary>Mints tokens for trying the API locally. It answers only in the Development environment.</summary>
public static class DevTokensEndpoint
{
    [WolverinePost("/api/dev/tokens", OperationId = "createDevToken")]
    [Tags("Development")]
    public static IResult Post(DevTokenRequest request, IHostEnvironment environment, AuthOptions options)
    {
        if (!environment.IsDevelopment() || options.Key is null)
            return Problems.NotFound("Development tokens are issued only in the Development environment.");

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Sub)) errors["sub"] = ["'sub' is required."];
        if (string.IsNullOrWhiteSpace(request.Name)) errors["name"] = ["'name' is required."];
        if (request.Role is null || !Claims.Roles.ContainsKey(request.Role))
            errors["role"] = [$"'role' must be one of {string.Join(", ", Claims.Roles.Keys)}."];
        if (request.Role != "admin" && string.IsNullOrWhiteSpace(request.Tenant)) errors["tenant"] = ["'tenant' is required for every role but admin."];
        if (request.Role == "handler" && string.IsNullOrWhiteSpace(request.Unit)) errors["unit"] = ["A handler's token must name its 'unit'."];
        if (errors.Count > 0) return Results.ValidationProblem(errors);

        var claims = new List<Claim>
        {
            new(Claims.Subject, request.Sub!),
            new(Claims.Name, request.Name!),
            new(Claims.Role, request.Role!),
        };
        if (!string.IsNullOrWhiteSpace(request.Tenant)) claims.Add(new(Claims.Tenant, request.Tenant));
        if (!string.IsNullOrWhiteSpace(request.Unit)) claims.Add(new(Claims.Unit, request.Unit));

        // Wall-clock time, not the app's TimeProvider: the bearer handler validates lifetimes against it.
        var now = DateTime.UtcNow;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + options.DevTokenLifetime,
            SigningCredentials = new SigningCredentials(options.Key, SecurityAlgorithms.HmacSha256),
        });
        return Results.Ok(new DevToken(token));
    }
}
