namespace Proposals.Api.Units;

/// <summary>A handling unit (承办单位), e.g. 区教委; it answers items of both bodies.</summary>
public sealed record Unit(string Id, string Name, string CreatedBy, DateTimeOffset CreatedAt);
