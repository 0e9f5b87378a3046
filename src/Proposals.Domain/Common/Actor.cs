namespace Proposals.Domain.Common;

public enum Role { Proposer, Coordinator, Handler, Admin }

/// <summary>Who did something: every event carries one, so every change is attributable.</summary>
public sealed record Actor(string Id, string Name, Role Role, string? Unit = null);
