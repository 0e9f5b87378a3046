namespace Proposals.Bench;

public sealed record BenchOptions(
    bool Quick,
    bool Dynamic,
    string? Url,
    string? Database,
    int Clients,
    TimeSpan Warmup,
    TimeSpan Duration,
    int ReadRate,
    int RebuildEvents,
    int SearchItems,
    IReadOnlyList<int> GrowthSizes,
    IReadOnlySet<string> Only,
    int? ApiPid)
{
    public static readonly string[] Workloads = ["floor", "submit", "lifecycle", "read", "search", "rebuild"];
    /// <summary>Run only when named in --only: growing a jurisdiction to a million items takes longer than the full run.</summary>
    public static readonly string[] OptIn = ["growth"];

    public static BenchOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var only = (Value("--only") ?? string.Join(',', Workloads)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = only.Except(Workloads).Except(OptIn).ToArray();
        if (unknown.Length > 0) throw new ArgumentException($"--only takes {string.Join(", ", Workloads.Concat(OptIn))}; not {string.Join(", ", unknown)}.");
        return new BenchOptions(
            quick,
            args.Contains("--dynamic"),
            Value("--url"),
            Value("--db") ?? Environment.GetEnvironmentVariable("PROPOSALS_BENCH_DB"),
            int.Parse(Value("--clients") ?? "8"),
            TimeSpan.FromSeconds(quick ? 1 : 10),
            TimeSpan.FromSeconds(int.Parse(Value("--seconds") ?? (quick ? "5" : "30"))),
            int.Parse(Value("--read-rate") ?? "1000"),
            int.Parse(Value("--rebuild-events") ?? (quick ? "50000" : "1000000")),
            int.Parse(Value("--search-items") ?? (quick ? "10000" : "100000")),
            (Value("--growth-sizes") ?? (quick ? "10000,20000" : "10000,100000,1000000")).Split(',').Select(int.Parse).Order().ToArray(),
            only.ToHashSet(),
            // With --url: the API's process, to meter its CPU (it must run on this machine).
            Value("--api-pid") is { } pid ? int.Parse(pid) : null);
    }

    public bool Runs(string workload) => Only.Contains(workload);
}
