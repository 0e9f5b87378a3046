using Proposals.Domain.Policy;

namespace Proposals.Api.Policy;

/// <summary>A jurisdiction's handling policy: one document per tenant, always under <see cref="CurrentId"/>.</summary>
public sealed record TenantPolicy(string Id, HandlingPolicy Policy, string UpdatedBy, DateTimeOffset UpdatedAt)
{
    public const string CurrentId = "current";
}
