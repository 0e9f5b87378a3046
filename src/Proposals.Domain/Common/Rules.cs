namespace Proposals.Domain.Common;

/// <summary>Small checks shared by the deciders.</summary>
public static class Rules
{
    public static RuleBroken? RequireRole(Actor actor, Role role, string doing) =>
        actor.Role == role ? null : new NotPermitted($"Only a {role.ToString().ToLowerInvariant()} may {doing}.");

    public static InvalidField? Text(string field, string? value, int min, int max)
    {
        var length = value?.Trim().Length ?? 0;
        if (length < min) return new InvalidField(field, min == 1 ? $"'{field}' is required." : $"'{field}' needs at least {min} characters.");
        return length > max ? new InvalidField(field, $"'{field}' may have at most {max} characters.") : null;
    }

    public static InvalidField? OptionalText(string field, string? value, int max) =>
        value is null ? null : Text(field, value, 0, max);
}
