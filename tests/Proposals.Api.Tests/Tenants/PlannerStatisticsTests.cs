using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Proposals.Api.Reading;
using Proposals.Api.Tenants;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Tenants;

public sealed class PlannerStatisticsTests(AppFixture fixture) : ApiTest(fixture)
{
    private PlannerStatistics Statistics => Host.Services.GetRequiredService<PlannerStatistics>();

    [Fact]
    public async Task a_jurisdiction_missing_from_the_statistics_is_analyzed_once_it_has_items()
    {
        await Store.BulkInsertDocumentsAsync("jiangjin", Views(PlannerStatistics.Threshold));
        await Sql("analyze proposals.mt_doc_proposalview");
        await Store.BulkInsertDocumentsAsync("tianjin", Views(PlannerStatistics.Threshold));
        Assert.DoesNotContain("tianjin", await Sampled());

        Assert.Equal(["tianjin"], await Statistics.RefreshAsync(CancellationToken.None));
        Assert.Contains("tianjin", await Sampled());
        Assert.Empty(await Statistics.RefreshAsync(CancellationToken.None));
    }

    [Fact]
    public async Task a_jurisdiction_with_few_items_is_left_alone()
    {
        await Store.BulkInsertDocumentsAsync("jiangjin", Views(PlannerStatistics.Threshold));
        await Sql("analyze proposals.mt_doc_proposalview");
        await Store.BulkInsertDocumentsAsync("tianjin", Views(PlannerStatistics.Threshold - 1));

        Assert.Empty(await Statistics.RefreshAsync(CancellationToken.None));
        Assert.DoesNotContain("tianjin", await Sampled());
    }

    // The jurisdictions PostgreSQL sampled into the work list table's statistics.
    private async Task<string[]> Sampled()
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            select coalesce(most_common_vals::text::text[], '{}') from pg_stats
            where schemaname = 'proposals' and tablename = 'mt_doc_proposalview' and attname = 'tenant_id'
            """, connection);
        return await command.ExecuteScalarAsync() as string[] ?? [];
    }

    private static ProposalView[] Views(int count) => Enumerable.Range(0, count).Select(_ => new ProposalView
    {
        Id = Guid.CreateVersion7(),
        SessionId = Guid.CreateVersion7(),
        Title = "关于加强职业教育的建议",
        SubmittedAt = DateTimeOffset.UtcNow,
    }).ToArray();
}
