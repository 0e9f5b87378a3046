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

    /// <summary>The command is accepted and changes nothing.</summary>
    public static void NoEvents(Decision decision)
    {
        Assert.True(decision.Accepted, $"Expected no events but the command was rejected: {string.Join("; ", decision.Broken)}");
        Assert.Empty(decision.Events);
    }

    public static void NotFound(Decision decision) => Broken<NotFound>(decision);

    /// <summary>
    /// Like <see cref="Events"/>, but list-valued properties (lead units, commitments …) are compared item by
    /// item: a record compares its lists by reference.
    /// </summary>
    public static void EventsMatch(Decision decision, params object[] expected)
    {
        Assert.True(decision.Accepted, $"Expected events but the command was rejected: {string.Join("; ", decision.Broken)}");
        Assert.Equal(expected.Select(e => e.GetType()), decision.Events.Select(e => e.GetType()));
        for (var i = 0; i < expected.Length; i++) SameEvent(expected[i], decision.Events[i]);
    }

    /// <summary>Two events of one type with equal properties, lists compared item by item.</summary>
    public static void SameEvent(object expected, object actual)
    {
        var type = expected.GetType();
        Assert.Equal(type, actual.GetType());
        foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
        {
            var want = property.GetValue(expected);
            var got = property.GetValue(actual);
            var same = want is System.Collections.IEnumerable wantItems and not string && got is System.Collections.IEnumerable gotItems and not string
                ? wantItems.Cast<object?>().SequenceEqual(gotItems.Cast<object?>())
                : Equals(want, got);
            Assert.True(same, $"{type.Name}.{property.Name}: expected {Show(want)} but got {Show(got)}.");
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        System.Collections.IEnumerable items => $"[{string.Join(", ", items.Cast<object?>().Select(Show))}]",
        _ => value.ToString() ?? "",
    };
}
