using Proposals.Domain.Common;

namespace Proposals.Domain.Tests;

/// <summary>Assertions on a <see cref="Decision"/>.</summary>
public static class Then
{
    public static void Events(Decision decision, params object[] expected)
    {
        Assert.True(decision.Accepted, $"Expected events but the command was rejected: {string.Join("; ", decision.Broken)}");
        Assert.Equal(expected, decision.Events);
    }

    public static T SingleEvent<T>(Decision decision)
    {
        Assert.True(decision.Accepted, $"Expected an event but the command was rejected: {string.Join("; ", decision.Broken)}");
        return Assert.IsType<T>(Assert.Single(decision.Events));
    }

    public static T Broken<T>(Decision decision) where T : RuleBroken
    {
        Assert.False(decision.Accepted);
        Assert.Empty(decision.Events);
        return Assert.IsType<T>(Assert.Single(decision.Broken));
    }

    public static void NotPermitted(Decision decision) => Broken<NotPermitted>(decision);

    public static void StateForbids(Decision decision) => Broken<StateForbids>(decision);

    public static InvalidField InvalidField(Decision decision, string field)
    {
        var broken = Broken<InvalidField>(decision);
        Assert.Equal(field, broken.Field);
        return broken;
    }

    public static IReadOnlyList<string> InvalidFields(Decision decision)
    {
        Assert.False(decision.Accepted);
        Assert.Empty(decision.Events);
        return decision.Broken.Select(b => Assert.IsType<InvalidField>(b).Field).ToArray();
    }
}
