using System.Diagnostics;

namespace Proposals.Bench;

/// <summary>
/// Sends requests at a fixed rate whatever the answers' pace (an open loop), and times each from the moment it was
/// due, not from when it left: a slow answer cannot hide the requests queued behind it (no coordinated omission).
/// The loop's own lateness (due until the request starts) is part of each time, and is reported apart in the note.
/// </summary>
public static class OpenLoop
{
    public static async Task<Measurement> RunAsync(string name, string unit, int perSecond, TimeSpan warmup, TimeSpan duration, Func<Task> request)
    {
        await RunWindow(perSecond, warmup, request, null, null);
        var measurement = new Measurement(name, unit);
        var lateness = new Measurement("lateness", "ms");
        var clock = Stopwatch.StartNew();
        var cpu = CpuMeter.Read();
        await RunWindow(perSecond, duration, request, measurement, lateness);
        measurement.Elapsed = clock.Elapsed;
        measurement.Cpu = CpuMeter.Between(cpu, CpuMeter.Read());
        measurement.Note = $"open loop at {perSecond:N0}/s; requests started late by p50 {lateness.Percentile(50):F1}, " +
                           $"p99 {lateness.Percentile(99):F1} ms{(Pacer.Precise ? "" : " (millisecond timers)")}";
        return measurement;
    }

    private static async Task RunWindow(int perSecond, TimeSpan window, Func<Task> request, Measurement? measurement, Measurement? lateness)
    {
        var total = (long)(perSecond * window.TotalSeconds);
        var inFlight = new List<Task>();
        // A thread of its own, so that the pacing waits neither for the thread pool nor for a timer's millisecond.
        await Task.Factory.StartNew(() =>
        {
            var start = Stopwatch.GetTimestamp();
            for (long sent = 0; sent < total; sent++)
            {
                var due = start + (long)(sent * (double)Stopwatch.Frequency / perSecond);
                Pacer.WaitUntil(due);
                inFlight.Add(Send(due));
                if (inFlight.Count > 4_096) inFlight.RemoveAll(t => t.IsCompleted);
            }
        }, TaskCreationOptions.LongRunning);
        await Task.WhenAll(inFlight);

        async Task Send(long due)
        {
            await Task.Yield();
            lateness?.Record(Stopwatch.GetElapsedTime(due).TotalMilliseconds, true);
            try
            {
                await request();
                measurement?.Record(Stopwatch.GetElapsedTime(due).TotalMilliseconds, true);
            }
            catch (Exception e)
            {
                measurement?.Record(Stopwatch.GetElapsedTime(due).TotalMilliseconds, false, e.Message);
            }
        }
    }
}
