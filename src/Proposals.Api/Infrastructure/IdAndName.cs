using System.Text.RegularExpressions;
using Proposals.Domain.Common;
using Wolverine.Http;

namespace Proposals.Api.Infrastructure;

/// <summary>
/// The validation the directory entries share (jurisdictions, units): an id of the entry's own shape and a
/// name of 1-100 characters. Each bad field is one entry of a 400 validation problem, the id first.
/// </summary>
public static class IdAndName
{
    private const int MaxName = 100;

    /// <summary>
    /// <see cref="WolverineContinue"/> when <paramref name="id"/> matches <paramref name="idShape"/> and
    /// <paramref name="name"/> is valid; otherwise the problem, with <paramref name="idRule"/> for a bad id.
    /// </summary>
    public static IResult Validate(string? id, string? name, Regex idShape, string idRule)
    {
        var errors = new List<InvalidField>();
        if (id is null || !idShape.IsMatch(id)) errors.Add(new InvalidField("id", idRule));
        if (Rules.Text("name", name, 1, MaxName) is { } invalidName) errors.Add(invalidName);
        return errors.Count > 0 ? Problems.Invalid(errors) : WolverineContinue.Result();
    }
}
