using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Proposals.Api.Tests.Support;

/// <summary>Signs tokens the way a production identity provider would, with the key the test host trusts.</summary>
public static class TestTokens
{
    public const string SigningKey = "test-signing-key-0123456789-0123456789-abcdef";

    public static string Sign(IDictionary<string, string?> claims, string issuer = "proposals", string audience = "proposals", string key = SigningKey) =>
        Sign(claims.Where(c => c.Value is not null).Select(c => (c.Key, c.Value!)), issuer, audience, key);

    /// <summary>Signs these claims as given: a type listed twice becomes a JSON array in the token.</summary>
    public static string Sign(IEnumerable<(string Type, string Value)> claims, string issuer = "proposals", string audience = "proposals", string key = SigningKey)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value))),
            NotBefore = now,
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
    }
}

/// <summary>A signed-in person in a test.</summary>
public sealed record User(string Id, string Name, string Role, string? Tenant, string? Unit = null)
{
    public string Token { get; } = TestTokens.Sign(new Dictionary<string, string?>
    {
        ["sub"] = Id, ["name"] = Name, ["role"] = Role, ["tenant"] = Tenant, ["unit"] = Unit,
    });

    public static User Proposer(string id = "chen-meizhi", string name = "陈美志", string tenant = "jiangjin") => new(id, name, "proposer", tenant);
    public static User Coordinator(string tenant = "jiangjin") => new($"office-{tenant}", "代表工委", "coordinator", tenant);
    public static User Handler(string unit = "jiangjin-edu", string tenant = "jiangjin") => new($"staff-{unit}", "承办人", "handler", tenant, unit);
    public static User Admin() => new("admin", "管理员", "admin", null);
}
