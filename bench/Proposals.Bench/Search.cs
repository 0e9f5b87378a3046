using System.Diagnostics;
using Proposals.Api.Disclosure;
using Proposals.Domain.Common;
using Proposals.SearchBench;

namespace Proposals.Bench;

/// <summary>Public search over HTTP, anonymous, on a jurisdiction holding N generated published items.</summary>
public sealed class Search(HttpClient http, BenchOptions options, string connectionString)
{
    // Words of two to six characters and a plain listing, as the public would type them.
    internal static readonly string[] Words = ["产教融合", "职业教育", "江津", "乡村振兴", "养老服务", "江津 职业教育", "老旧小区改造", "人工智能", ""];

    /// <summary>
    /// The words as the public reads them (the API's output cache answers repeats until the public view moves on),
    /// the same words each computed afresh (Cache-Control: no-cache), and one character that a third of the items match.
    /// </summary>
    public async Task<(Measurement Words, Measurement Fresh, Measurement OneCharacter)> RunAsync()
    {
        var tenant = $"search-{Guid.NewGuid():N}"[..20];
        var admin = await ApiClient.SignInAsync(http, new { sub = "bench-admin", name = "admin", role = "admin" });
        await admin.PostAsync("/api/tenants", new { id = tenant, name = "检索辖区" });
        var anonymous = new ApiClient(http, token: null);
        await using (var store = PublishedItems.OpenStore(connectionString, apiOwnsSchema: true))
        {
            await PublishedItems.SeedAsync(store, tenant, options.SearchItems);
            await PublishedItems.AnalyzeAsync(connectionString);
        }
        await IndexedAsync(anonymous, connectionString, tenant);

        var words = await LoadRunner.RunAsync("public search", "requests/s", options.Clients, options.Warmup, options.Duration, (_, m) =>
            LoadRunner.Timed(m, () => anonymous.GetAsync(Path(tenant, Words[Random.Shared.Next(Words.Length)]))));
        words.Note = $"{options.SearchItems:N0} published items; words of 2–6 characters and the plain list; repeats served by the output cache";
        var fresh = await LoadRunner.RunAsync("public search, each answer computed", "requests/s", options.Clients, options.Warmup, options.Quick ? options.Duration / 2 : options.Duration, (_, m) =>
            LoadRunner.Timed(m, () => anonymous.GetAsync(Path(tenant, Words[Random.Shared.Next(Words.Length)]), fresh: true)));
        fresh.Note = "the same words with Cache-Control: no-cache";
        var one = await LoadRunner.RunAsync("public search, one character, computed", "requests/s", options.Clients, options.Warmup, options.Duration / 2, (_, m) =>
            LoadRunner.Timed(m, () => anonymous.GetAsync(Path(tenant, "教"), fresh: true)));
        one.Note = "教: a third of the items match; Cache-Control: no-cache";
        return (words, fresh, one);
    }

    /// <summary>
    /// Waits until the API's search index, which follows the public table a moment behind (some seconds for a load this
    /// size), gives the totals PostgreSQL's own search gives for every word.
    /// </summary>
    internal static async Task IndexedAsync(ApiClient anonymous, string connectionString, string tenant)
    {
        var clock = Stopwatch.StartNew();
        await using var store = PublishedItems.OpenStore(connectionString, apiOwnsSchema: true);
        await using var database = SearchDatabase.For(connectionString);
        await using var session = store.QuerySession(tenant);
        foreach (var word in Words.Where(w => w.Length > 0))
        {
            var query = new PublicReplyQuery(ChinaTime.Today(DateTimeOffset.UtcNow), SearchTerms.Query(word));
            var expected = (await PublicSearch.RunAsync(database, session, query, CancellationToken.None)).Total;
            while ((long)(await anonymous.GetAsync(Path(tenant, word), fresh: true))!["total"]! != expected)
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(10)) throw new TimeoutException($"The API's search index did not reach {expected} items for {word} in 10 minutes.");
                await Task.Delay(200);
            }
        }
        Console.WriteLine($"The API's search index held the corpus {clock.Elapsed.TotalSeconds:F1} s after the load.");
    }

    private static string Path(string tenant, string q) =>
        $"/api/public/{tenant}/replies?pageSize=20{(q.Length == 0 ? "" : "&q=" + Uri.EscapeDataString(q))}";
}
