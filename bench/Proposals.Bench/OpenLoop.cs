using System.Diagnostics;

namespace Proposals.Bench;

/// <summary>
/// Sends requests at a fixed rate whatever the answers' pace (an open loop), and times each from the moment it was
/// due, not from when it left: a slow answer cannot hide the requests queued behind it (no coordinated omission).
/// </summary>
public static class OpenLoop
{
    public static async Task<Measurement> RunAsync(string name, string unit, int perSecond, TimeSpan warmup, TimeSpan duration, Func<Task> request)
    {
        await RunWindow(perSecond, warmup, request, null);
        var measurement = new Measurement(name, unit) { Note = $"open loop at {perSecond:N0}/s" };
        var clock = Stopwatch.StartNew();
        await RunWindow(perSecond, duration, request, measurement);
        measurement.Elapsed = clock.Elapsed;
        return measurement;
    }

    private static async Task RunWindow(int perSecond, TimeSpan window, Func<Task> request, Measurement? measurement)
    {
        var total = (long)(perSecond * window.TotalSeconds);
        var start = Stopwatch.GetTimestamp();
        var inFlight = new List<Task>();
        for (long sent = 0; sent < total; sent++)
        {
            var due = start + (long)(sent * (double)Stopwatch.Frequency / perSecond);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            inFlight.Add(Send(due));
            if (inFlight.Count > 4_096) inFlight.RemoveAll(t => t.IsCompleted);
        }
        await Task.WhenAll(inFlight);

        async Task Send(long due)
        {
            await Task.Yield();
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
