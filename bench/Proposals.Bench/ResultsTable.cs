namespace Proposals.Bench;

public static class ResultsTable
{
    public static void Print(IReadOnlyList<Measurement> results, long? peakApiMemory)
    {
        Console.WriteLine();
        Console.WriteLine("| workload | throughput | p50 ms | p95 ms | p99 ms | errors | vs floor | note |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var ratio = r.FloorPerSecond is { } floor && floor > 0 ? $"{r.PerSecond / floor:0.00}" : "";
            var throughput = r.HasThroughput ? $"{r.PerSecond:N0} {r.Unit}" : "–";
            Console.WriteLine($"| {r.Name} | {throughput} | {Ms(r.Percentile(50))} | {Ms(r.Percentile(95))} | {Ms(r.Percentile(99))} | {r.Errors} | {ratio} | {r.Note}{(r.FirstError is null ? "" : $" first error: {r.FirstError}")} |");
        }
        Console.WriteLine();
        Console.WriteLine($"Peak API memory (VmHWM) after the HTTP workloads: {(peakApiMemory is { } bytes ? $"{bytes / 1024 / 1024} MB" : "n/a")}");
    }

    private static string Ms(double? value) => value is { } v ? $"{v:0.0}" : "–";
}
