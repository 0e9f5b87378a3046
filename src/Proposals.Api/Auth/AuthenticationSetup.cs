using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Proposals.Api.Auth;

public static class AuthenticationSetup
{
    public static void AddProposalsAuthentication(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (options.Key is null && string.IsNullOrWhiteSpace(options.Authority))
            throw new InvalidOperationException("Configure Auth:SigningKey or Auth:Authority so that bearer tokens can be validated.");
        if (options.Key is { KeySize: < 256 })
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes long.");

        builder.Services.AddSingleton(options);
        builder.Services.AddAuthorization();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            if (!string.IsNullOrWhiteSpace(options.Authority)) jwt.Authority = options.Authority;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                IssuerSigningKey = options.Key,
                ValidateIssuerSigningKey = options.Key is not null,
                NameClaimType = Claims.Name,
                RoleClaimType = Claims.Role,
            };
            jwt.Events = new JwtBearerEvents { OnTokenValidated = RejectIncompleteTokens };
        });
    }

    // A token must say who (sub) and as what (a known role); a handler also names its unit. Each of these once: a
    // second role or jurisdiction would let authorization and the events' attribution read different ones. None may
    // hold U+0000: they are written into the events, which PostgreSQL cannot store it in.
    private static Task RejectIncompleteTokens(TokenValidatedContext context)
    {
        var user = context.Principal!;
        var role = user.FindFirst(Claims.Role)?.Value;
        var attributed = new[] { Claims.Subject, Claims.Name, Claims.Role, Claims.Tenant, Claims.Unit };
        var repeated = attributed.FirstOrDefault(type => user.FindAll(type).Skip(1).Any());
        var withNul = attributed.FirstOrDefault(type => user.FindFirst(type)?.Value.Contains('\0') == true);
        if (repeated is not null) context.Fail($"The token names more than one '{repeated}'.");
        else if (withNul is not null) context.Fail($"The token's '{withNul}' holds U+0000.");
        else if (string.IsNullOrWhiteSpace(user.FindFirst(Claims.Subject)?.Value)) context.Fail("The token has no 'sub' claim.");
        else if (role is null || !Claims.Roles.ContainsKey(role)) context.Fail($"The token's role '{role}' is not one of {string.Join(", ", Claims.Roles.Keys)}.");
        else if (role == "handler" && user.FindFirst(Claims.Unit) is null) context.Fail("A handler's token must name its unit.");
        else if (role != "admin" && user.FindFirst(Claims.Tenant) is null) context.Fail("The token has no 'tenant' claim.");
        return Task.CompletedTask;
    }
}
