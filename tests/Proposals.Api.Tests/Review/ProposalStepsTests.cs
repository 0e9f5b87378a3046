using Microsoft.AspNetCore.Http;
using Proposals.Api.Review;
using Proposals.Api.Tests.Handling;
using Proposals.Api.Tests.Support;
using Proposals.Domain.Common;
using Proposals.Domain.Proposals;

namespace Proposals.Api.Tests.Review;

/// <summary>
/// A step reads the item and what it decides with in one batch, then appends: the item's version it read
/// must still hold at the commit, or nothing is written.
/// </summary>
public sealed class ProposalStepsTests(AppFixture fixture) : HandlingTest(fixture)
{
    [Fact]
    public async Task a_step_whose_item_moved_on_after_its_read_writes_nothing()
    {
        var id = await AssignedToEdu();
        var before = (await HistoryTypes(id)).Length;
        var actor = new Actor(Edu.Id, "经办人", Role.Handler, EduUnit);

        await using var session = Store.LightweightSession("jiangjin");
        var step = ProposalSteps.Run(session, new DefaultHttpContext(), id, ReadsNothing, async (proposal, _) =>
        {
            // Another writer commits between this step's read and its commit.
            await using var other = Store.LightweightSession("jiangjin");
            other.Events.Append(id, Contacted(id, actor, "另一请求"));
            await other.SaveChangesAsync();
            return Decision.Accept(Contacted(id, actor, "本请求"));
        });

        var answer = Assert.IsAssignableFrom<IStatusCodeHttpResult>(await step);
        Assert.Equal(409, answer.StatusCode); // 412 had the request carried If-Match (the test below)
        var history = await HistoryTypes(id);
        Assert.Equal(before + 1, history.Length);
        Assert.Equal("proposer-contacted", history.Last());
    }

    [Fact]
    public async Task the_same_step_sent_twenty_times_at_once_is_applied_once_and_never_fails_with_500()
    {
        var session = await OpenSession();
        var withIfMatch = await Submit(Chen, session, "同时登记一");
        var without = await Submit(Chen, session, "同时登记二");

        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Host.Scenario(x =>
        {
            x.Post.Url($"/api/jiangjin/proposals/{(i % 2 == 0 ? withIfMatch : without)}/registration");
            if (i % 2 == 0) x.WithRequestHeader("If-Match", "\"1\"");
            x.WithBearerToken(Office.Token);
            x.IgnoreStatusCode();
        }).ContinueWith(t => (IfMatch: i % 2 == 0, Status: t.Result.Context.Response.StatusCode))));

        Assert.Equal(1, statuses.Count(s => s is { IfMatch: true, Status: 200 }));
        Assert.Equal(1, statuses.Count(s => s is { IfMatch: false, Status: 200 }));
        // The losers are refused: 412 when their If-Match no longer holds, 409 when the item's state (or the session's
        // register, which a registration waits for) shows it registered already, or when they lost the race at the commit.
        Assert.All(statuses.Where(s => s.Status != 200), s => Assert.Contains(s.Status, s.IfMatch ? [409, 412] : new[] { 409 }));
        Assert.Equal(2, (await HistoryTypes(withIfMatch)).Length);
        Assert.Equal(2, (await HistoryTypes(without)).Length);
    }

    [Fact]
    public async Task a_step_decides_with_what_it_read_in_the_same_batch()
    {
        var id = await AssignedToEdu();

        await using var session = Store.LightweightSession("jiangjin");
        string? readUnit = null;
        var result = await ProposalSteps.Run(session, new DefaultHttpContext(), id,
            batch => batch.Load<Proposals.Api.Units.Unit>(EduUnit),
            (Proposal proposal, Proposals.Api.Units.Unit? unit) =>
            {
                readUnit = unit?.Id;
                return Decision.Accept(Contacted(id, new Actor(Edu.Id, "经办人", Role.Handler, EduUnit), "电话沟通"));
            });

        Assert.Equal(EduUnit, readUnit);
        Assert.Equal(StatusCodes.Status200OK, ((IStatusCodeHttpResult)result).StatusCode);
        Assert.Equal("proposer-contacted", (await HistoryTypes(id)).Last());
    }

    [Fact]
    public async Task a_step_loads_the_items_read_model_with_the_item_and_not_again_at_the_commit()
    {
        var id = await AssignedToEdu();
        var statements = new StatementRecorder();

        await using var session = Store.IdentitySession("jiangjin");
        session.Logger = statements;
        await ProposalSteps.Run(session, new DefaultHttpContext(), id, ReadsNothing,
            (proposal, _) => Decision.Accept(Contacted(id, new Actor(Edu.Id, "经办人", Role.Handler, EduUnit), "电话沟通")));

        Assert.Single(statements.Sql, sql => sql.Contains("from proposals.mt_doc_proposalview", StringComparison.Ordinal));
        await using var query = Store.QuerySession("jiangjin");
        Assert.Equal("电话沟通", Assert.Single((await query.LoadAsync<Proposals.Api.Reading.ProposalView>(id))!.Contacts).Summary);
    }

    private static Task<bool> ReadsNothing(Marten.Services.BatchQuerying.IBatchedQuery batch) => Task.FromResult(true);

    private ProposerContacted Contacted(Guid id, Actor by, string summary) =>
        new(id, EduUnit, Today, ContactMethod.Phone, summary, by, DateTimeOffset.UtcNow);

    private sealed class StatementRecorder : Marten.IMartenSessionLogger
    {
        public List<string> Sql { get; } = [];
        public void LogSuccess(Npgsql.NpgsqlCommand command) => Sql.Add(command.CommandText);
        public void LogSuccess(Npgsql.NpgsqlBatch batch) => Sql.AddRange(batch.BatchCommands.Select((Npgsql.NpgsqlBatchCommand c) => c.CommandText));
        public void LogFailure(Npgsql.NpgsqlCommand command, Exception ex) => LogSuccess(command);
        public void LogFailure(Npgsql.NpgsqlBatch batch, Exception ex) => LogSuccess(batch);
        public void LogFailure(Exception ex, string message) { }
        public void RecordSavedChanges(Marten.IDocumentSession session, Marten.Services.IChangeSet commit) { }
        public void OnBeforeExecute(Npgsql.NpgsqlCommand command) { }
        public void OnBeforeExecute(Npgsql.NpgsqlBatch batch) { }
    }
}
