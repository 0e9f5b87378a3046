namespace Proposals.Bench;

/// <summary>One workload's figures: operations, errors and latencies over the measured time.</summary>
public sealed class Measurement(string name, string unit)
{
    private readonly List<double> _latenciesMs = [];
    private readonly object _gate = new();

    public string Name { get; } = name;
    public string Unit { get; } = unit;
    public long Operations { get; private set; }
    public long Errors { get; private set; }
    public TimeSpan Elapsed { get; set; }
    public string? FirstError { get; private set; }
    public double? FloorPerSecond { get; set; }
    public long? PeakMemoryBytes { get; set; }
    /// <summary>What each side spent of the CPU over the measured window (<see cref="CpuMeter"/>).</summary>
    public CpuUse? Cpu { get; set; }
    public string Note { get; set; } = "";
    /// <summary>False for figures that are latencies only (projection lag, cold start).</summary>
    public bool HasThroughput { get; init; } = true;

    public void Record(double milliseconds, bool ok, string? error = null)
    {
        lock (_gate)
        {
            _latenciesMs.Add(milliseconds);
            if (ok) Operations++;
            else
            {
                Errors++;
                FirstError ??= error;
            }
        }
    }

    public void Count(long operations) => Operations += operations;

    public double PerSecond => Elapsed.TotalSeconds > 0 ? Operations / Elapsed.TotalSeconds : 0;

    public double? Percentile(double p)
    {
        lock (_gate)
        {
            if (_latenciesMs.Count == 0) return null;
            var sorted = _latenciesMs.Order().ToArray();
            return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
        }
    }
}
