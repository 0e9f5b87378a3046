namespace Proposals.Domain.Common;

/// <summary>A rule that stops a command. The API maps each kind to its HTTP status.</summary>
public abstract record RuleBroken(string Message);

/// <summary>The actor may not do this (403).</summary>
public sealed record NotPermitted(string Message) : RuleBroken(Message);

/// <summary>The item's current state forbids the step (409).</summary>
public sealed record StateForbids(string Message) : RuleBroken(Message);

/// <summary>The command names something that does not exist (404).</summary>
public sealed record NotFound(string Message) : RuleBroken(Message);

/// <summary>A field of the command is unacceptable (400).</summary>
public sealed record InvalidField(string Field, string Message) : RuleBroken(Message);

/// <summary>What a command decides: the events that happen, or the rules it breaks.</summary>
public sealed class Decision
{
    private Decision(IReadOnlyList<object> events, IReadOnlyList<RuleBroken> broken) => (Events, Broken) = (events, broken);

    public IReadOnlyList<object> Events { get; }
    public IReadOnlyList<RuleBroken> Broken { get; }
    public bool Accepted => Broken.Count == 0;

    public static Decision Accept(params object[] events) => new(events, []);
    public static Decision Reject(params RuleBroken[] broken) => new([], broken);

    public static implicit operator Decision(RuleBroken broken) => Reject(broken);
}
