using System.Collections;
using System.Collections.Immutable;

namespace Proposals.Domain.Sessions;

/// <summary>
/// The numbers a session's register has handed out, kept as runs of consecutive numbers: registration hands
/// them out in order, so a session of thousands of items is one run, and the register stays the same size
/// however many items it numbers (imported numbers may add a few runs).
/// </summary>
public sealed class AllottedNumbers : IReadOnlyCollection<int>
{
    public static readonly AllottedNumbers None = new([]);

    private AllottedNumbers(ImmutableArray<Run> runs)
    {
        Runs = runs;
        Count = runs.Sum(r => r.Last - r.First + 1);
    }

    /// <summary>Ascending, apart and not adjacent: each run ends at least two below the next one's start.</summary>
    public ImmutableArray<Run> Runs { get; }

    public int Count { get; }

    /// <summary>The highest number handed out; 0 when there is none.</summary>
    public int Max => Runs.IsEmpty ? 0 : Runs[^1].Last;

    public bool Contains(int number) => IndexOfRunAtOrBefore(number) is var i and >= 0 && Runs[i].Last >= number;

    public AllottedNumbers Add(int number)
    {
        if (Contains(number)) return this;
        var before = IndexOfRunAtOrBefore(number);
        var joinsBefore = before >= 0 && Runs[before].Last == number - 1;
        var joinsAfter = before + 1 < Runs.Length && Runs[before + 1].First == number + 1;
        var runs = (joinsBefore, joinsAfter) switch
        {
            (true, true) => Runs.RemoveAt(before + 1).SetItem(before, new Run(Runs[before].First, Runs[before + 1].Last)),
            (true, false) => Runs.SetItem(before, Runs[before] with { Last = number }),
            (false, true) => Runs.SetItem(before + 1, Runs[before + 1] with { First = number }),
            _ => Runs.Insert(before + 1, new Run(number, number)),
        };
        return new AllottedNumbers(runs);
    }

    /// <summary>From runs as stored; they need not be in order, apart or distinct.</summary>
    public static AllottedNumbers FromRuns(IEnumerable<Run> runs)
    {
        var merged = new List<Run>();
        foreach (var run in runs.OrderBy(r => r.First))
        {
            if (run.First > run.Last) throw new ArgumentException($"A run of numbers cannot end ({run.Last}) before it starts ({run.First}).", nameof(runs));
            if (merged.Count > 0 && run.First <= merged[^1].Last + 1)
                merged[^1] = merged[^1] with { Last = Math.Max(merged[^1].Last, run.Last) };
            else merged.Add(run);
        }
        return new AllottedNumbers([.. merged]);
    }

    public static AllottedNumbers Of(IEnumerable<int> numbers) => numbers.Aggregate(None, (all, n) => all.Add(n));

    public IEnumerator<int> GetEnumerator() => Runs.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The last run starting at or below the number, or -1.
    private int IndexOfRunAtOrBefore(int number)
    {
        var (low, high) = (0, Runs.Length - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (Runs[middle].First <= number) low = middle + 1;
            else high = middle - 1;
        }
        return high;
    }

    public readonly record struct Run(int First, int Last);
}
