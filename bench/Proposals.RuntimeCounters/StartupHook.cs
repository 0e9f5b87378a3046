using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Runtime;

/// <summary>
/// Prints, when the process exits, what the runtime itself counted: collections by generation, GC pauses, bytes
/// allocated, JIT time and methods compiled. With <c>PROPOSALS_ALLOCATIONS=1</c> also the allocated bytes by type,
/// sampled from the runtime's allocation ticks (one about every 100 KB); the sampling slows the process.
/// The hook's class must be named <c>StartupHook</c> and live in no namespace.
/// </summary>
internal static class StartupHook
{
    private static AllocationTicks? _ticks;

    public static void Initialize()
    {
        if (Environment.GetEnvironmentVariable("PROPOSALS_ALLOCATIONS") == "1") _ticks = new AllocationTicks();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Report(Console.Error);
        if (int.TryParse(Environment.GetEnvironmentVariable("PROPOSALS_COUNTERS_EVERY"), out var seconds) && seconds > 0)
            new Thread(() => Every(TimeSpan.FromSeconds(seconds), Console.Error)) { IsBackground = true }.Start();
    }

    /// <summary>A line every <paramref name="interval"/>: what the JIT, the GC and the allocations took in it, to place them in time.</summary>
    private static void Every(TimeSpan interval, TextWriter output)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (jit, methods, allocated, pauses, collections) = (TimeSpan.Zero, 0L, 0L, TimeSpan.Zero, 0);
        while (true)
        {
            Thread.Sleep(interval);
            var (jitNow, methodsNow) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
            var (allocatedNow, pausesNow, collectionsNow) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration(), GC.CollectionCount(0));
            output.WriteLine(
                $"runtime counters at {clock.Elapsed.TotalSeconds:N0} s ({DateTime.UtcNow:HH:mm:ss} UTC): JIT {(jitNow - jit).TotalMilliseconds:N0} ms for {methodsNow - methods:N0} methods, " +
                $"allocated {(allocatedNow - allocated) / (1024 * 1024):N0} MB, GC pauses {(pausesNow - pauses).TotalMilliseconds:N0} ms in {collectionsNow - collections:N0} collections");
            (jit, methods, allocated, pauses, collections) = (jitNow, methodsNow, allocatedNow, pausesNow, collectionsNow);
        }
    }

    private static void Report(TextWriter output)
    {
        output.WriteLine(
            $"runtime counters: collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; " +
            $"GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:N0} ms; allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024):N0} MB; " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC; JIT {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:N0} ms " +
            $"for {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods");
        if (_ticks is null) return;
        foreach (var (type, bytes) in _ticks.Bytes.OrderByDescending(t => t.Value).Take(30))
            output.WriteLine($"  {bytes / (1024 * 1024),8:N0} MB  {type}");
    }

    private sealed class AllocationTicks : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        public ConcurrentDictionary<string, long> Bytes { get; } = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || e.PayloadNames is not { } names) return;
            var type = names.IndexOf("TypeName") is var t and >= 0 ? e.Payload![t] as string ?? "?" : "?";
            var bytes = names.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload![a]) : 100_000;
            Bytes.AddOrUpdate(type, bytes, (_, sum) => sum + bytes);
        }
    }
}
