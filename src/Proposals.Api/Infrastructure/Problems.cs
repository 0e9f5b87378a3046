using Proposals.Domain.Common;

namespace Proposals.Api.Infrastructure;

/// <summary>Every failure is an RFC 7807 problem; these build the ones the slices share.</summary>
public static class Problems
{
    public static IResult NotFound(string detail) => Results.Problem(statusCode: 404, title: "Not found", detail: detail);

    public static IResult Conflict(string detail) => Results.Problem(statusCode: 409, title: "Conflict", detail: detail);

    public static IResult Forbidden(string detail) => Results.Problem(statusCode: 403, title: "Forbidden", detail: detail);

    public static IResult PreconditionFailed(long currentVersion) => Results.Problem(
        statusCode: 412,
        title: "Precondition failed",
        detail: $"If-Match does not match the item's current version \"{currentVersion}\": read it again and retry.");

    /// <summary>A write that lost a race with another write to the same item: 412 if the client sent If-Match, else 409.</summary>
    public static IResult ChangedMeanwhile(bool ifMatch) => Results.Problem(
        statusCode: ifMatch ? 412 : 409,
        title: ifMatch ? "Precondition failed" : "Conflict",
        detail: "The item was changed by another request at the same moment, and this one was not applied: read it again and retry.");

    public static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Invalid(IEnumerable<InvalidField> fields) =>
        Results.ValidationProblem(fields.GroupBy(f => f.Field).ToDictionary(g => g.Key, g => g.Select(f => f.Message).ToArray()));

    /// <summary>The problem for a rejected decision: 400 for bad fields, else 403 or 409 by the first rule broken.</summary>
    public static IResult From(Decision decision)
    {
        var invalid = decision.Broken.OfType<InvalidField>().ToArray();
        if (invalid.Length > 0) return Invalid(invalid);

        return decision.Broken[0] switch
        {
            NotPermitted rule => Forbidden(rule.Message),
            StateForbids rule => Conflict(rule.Message),
            Domain.Common.NotFound rule => NotFound(rule.Message),
            var rule => throw new InvalidOperationException($"No HTTP mapping for {rule.GetType().Name}."),
        };
    }
}
