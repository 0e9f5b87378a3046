using System.Diagnostics;

namespace Proposals.Bench;

/// <summary>Runs N clients in closed loops: a warm-up, then a measured window.</summary>
public static class LoadRunner
{
    public static async Task<Measurement> RunAsync(
        string name, string unit, int clients, TimeSpan warmup, TimeSpan duration, Func<int, Measurement?, Task> iteration)
    {
        var measurement = new Measurement(name, unit);
        await RunWindow(clients, warmup, worker => iteration(worker, null));

        var clock = Stopwatch.StartNew();
        var cpu = CpuMeter.Read();
        await RunWindow(clients, duration, worker => iteration(worker, measurement));
        measurement.Elapsed = clock.Elapsed;
        measurement.Cpu = CpuMeter.Between(cpu, CpuMeter.Read());
        return measurement;
    }

    private static async Task RunWindow(int clients, TimeSpan window, Func<int, Task> iteration)
    {
        var until = Stopwatch.GetTimestamp() + (long)(window.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(worker => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < until) await iteration(worker);
        })));
    }

    /// <summary>Times one call and records it; failures are counted, never thrown.</summary>
    public static async Task<T?> Timed<T>(Measurement? measurement, Func<Task<T>> call)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            var result = await call();
            measurement?.Record(Stopwatch.GetElapsedTime(start).TotalMilliseconds, true);
            return result;
        }
        catch (Exception e)
        {
            measurement?.Record(Stopwatch.GetElapsedTime(start).TotalMilliseconds, false, e.Message);
            return default;
        }
    }
}
