namespace Proposals.Bench;

public static class ResultsTable
{
    public static void Print(IReadOnlyList<Measurement> results, long? peakApiMemory)
    {
        Console.WriteLine();
        Console.WriteLine("| workload | throughput | p50 ms | p95 ms | p99 ms | errors | vs floor | CPU ms per operation: API, PostgreSQL, load generator (cores busy) | note |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var ratio = r.FloorPerSecond is { } floor && floor > 0 ? $"{r.PerSecond / floor:0.00}" : "";
            var throughput = r.HasThroughput ? $"{r.PerSecond:N0} {r.Unit}" : "–";
            Console.WriteLine($"| {r.Name} | {throughput} | {Ms(r.Percentile(50))} | {Ms(r.Percentile(95))} | {Ms(r.Percentile(99))} | {r.Errors} | {ratio} | {Cpu(r)} | {r.Note}{(r.FirstError is null ? "" : $" first error: {r.FirstError}")} |");
        }
        Console.WriteLine();
        Console.WriteLine($"Peak API memory (VmHWM) after the HTTP workloads: {(peakApiMemory is { } bytes ? $"{bytes / 1024 / 1024} MB" : "n/a")}");
    }

    // Per operation of the row's unit (a life, an event rebuilt); "–" for a side that was not metered.
    private static string Cpu(Measurement r)
    {
        if (r.Cpu is not { } cpu || !r.HasThroughput || r.Operations == 0) return "";
        string PerOperation(double? seconds) => seconds is { } s ? $"{s * 1000 / r.Operations:0.000}" : "–";
        return $"{PerOperation(cpu.Api)}, {PerOperation(cpu.Database)}, {PerOperation(cpu.Load)} ({cpu.Busy:P0})";
    }

    private static string Ms(double? value) => value is { } v ? $"{v:0.0}" : "–";
}
