namespace Proposals.Domain.Common;

public enum Role { Proposer, Coordinator, Handler, Admin, System }

/// <summary>Who did something: every event carries one, so every change is attributable.</summary>
public sealed record Actor(string Id, string Name, Role Role, string? Unit = null)
{
    /// <summary>The system itself, e.g. when a deadline passes.</summary>
    public static readonly Actor System = new("system", "系统", Role.System);
}
