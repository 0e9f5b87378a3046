using Marten.Schema;

namespace Proposals.Api.Tenants;

/// <summary>A jurisdiction (江津区, 天津市): the tenant that isolates its own data.</summary>
[SingleTenanted]
public sealed record Tenant(string Id, string Name, string CreatedBy, DateTimeOffset CreatedAt);
