namespace Proposals.Bench;

public sealed record BenchOptions(bool Quick, string? Url, int Clients, TimeSpan Warmup, TimeSpan Duration, int RebuildEvents, int SearchItems)
{
    public static BenchOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new BenchOptions(
            quick,
            Value("--url"),
            int.Parse(Value("--clients") ?? "8"),
            TimeSpan.FromSeconds(quick ? 2 : 5),
            TimeSpan.FromSeconds(int.Parse(Value("--seconds") ?? (quick ? "8" : "30"))),
            int.Parse(Value("--rebuild-events") ?? (quick ? "100000" : "1000000")),
            int.Parse(Value("--search-items") ?? (quick ? "10000" : "100000")));
    }
}
