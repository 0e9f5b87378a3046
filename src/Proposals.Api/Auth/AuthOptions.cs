using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Proposals.Api.Auth;

/// <summary>
/// The "Auth" configuration section. Tokens are validated either against a symmetric
/// <see cref="SigningKey"/> (the development token endpoint signs with it) or against an
/// OpenID Connect <see cref="Authority"/> in production.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "proposals";
    public string Audience { get; set; } = "proposals";
    public string? SigningKey { get; set; }
    public string? Authority { get; set; }
    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    public SymmetricSecurityKey? Key =>
        string.IsNullOrWhiteSpace(SigningKey) ? null : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey));
}
