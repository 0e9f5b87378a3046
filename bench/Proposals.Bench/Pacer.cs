using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Proposals.Bench;

/// <summary>
/// Waits until a <see cref="Stopwatch"/> timestamp on a dedicated thread. .NET's own timers (Task.Delay,
/// Thread.Sleep) count whole milliseconds, so an open loop at 1,000/s paced by them sent its requests about a
/// millisecond late at the median and 3 ms late at p99, and that lateness counted as the API's latency. On Linux,
/// where Stopwatch reads CLOCK_MONOTONIC, clock_nanosleep sleeps until the due time itself.
/// </summary>
public static class Pacer
{
    private const int ClockMonotonic = 1;
    private const int AbsoluteTime = 1;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_nanosleep")]
    private static extern int ClockNanosleep(int clock, int flags, ref Timespec request, IntPtr remaining);

    /// <summary>True where the wait is precise: Linux, with Stopwatch counting nanoseconds of CLOCK_MONOTONIC.</summary>
    public static bool Precise { get; } = OperatingSystem.IsLinux() && Stopwatch.Frequency == 1_000_000_000;

    /// <summary>Blocks the calling thread until the timestamp is due (to the millisecond where not <see cref="Precise"/>).</summary>
    public static void WaitUntil(long timestamp)
    {
        if (Precise)
        {
            var due = new Timespec { Seconds = timestamp / 1_000_000_000, Nanoseconds = timestamp % 1_000_000_000 };
            while (Stopwatch.GetTimestamp() < timestamp && ClockNanosleep(ClockMonotonic, AbsoluteTime, ref due, IntPtr.Zero) != 0)
            {
                // interrupted by a signal: sleep again until the same due time
            }
            return;
        }
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        if (wait > TimeSpan.Zero) Thread.Sleep(wait);
    }
}
