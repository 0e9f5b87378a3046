using Marten;
using Proposals.Api.Tenants;
using Proposals.Api.Units;
using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
using Proposals.Domain.Review;
using Proposals.Domain.Sessions;
using Proposals.Domain.Submission;

namespace Proposals.Api.DemoData;

public static class DemoDataSetup
{
    /// <summary>Demo data goes into an empty database when Proposals:DemoData is true (so in Development).</summary>
    public static void AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue("Proposals:DemoData", false)) services.AddHostedService<DemoDataSeeder>();
    }
}

/// <summary>
/// Two jurisdictions with their sessions and units, and the two real items the project is modelled on,
/// imported with their real numbers (江津 No. 92, 天津 No. 0447) through the same deciders as the API.
/// </summary>
public sealed class DemoDataSeeder(IDocumentStore store, ILogger<DemoDataSeeder> logger) : IHostedService
{
    private static readonly Actor Importer = new("demo-import", "演示数据导入", Role.Coordinator);

    public async Task StartAsync(CancellationToken ct)
    {
        await using (var query = store.QuerySession())
            if (await query.LoadAsync<Tenant>(DemoItems.Jiangjin.Tenant, ct) is not null) return;

        foreach (var item in DemoItems.All) await SeedAsync(item, ct);
        logger.LogInformation("Demo data written: jurisdictions {Tenants}", string.Join(", ", DemoItems.All.Select(i => i.Tenant)));
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    private async Task SeedAsync(DemoItem demo, CancellationToken ct)
    {
        await using (var global = store.LightweightSession())
        {
            global.Store(new Tenant(demo.Tenant, demo.TenantName, Importer.Id, demo.SubmittedAt));
            await global.SaveChangesAsync(ct);
        }

        await using var session = store.LightweightSession(demo.Tenant);
        foreach (var (id, name) in demo.Units) session.Store(new Unit(id, name, Importer.Id, demo.SubmittedAt));

        var sessionId = Guid.CreateVersion7();
        var opened = new SessionOpened(sessionId, demo.Body, demo.SessionName, demo.NumberDigits, Importer, demo.SubmittedAt.AddDays(-1));
        session.Events.StartStream<SessionRegister>(sessionId, opened);
        foreach (var (body, name) in demo.OtherSessions)
        {
            var otherId = Guid.CreateVersion7();
            session.Events.StartStream<SessionRegister>(otherId, new SessionOpened(otherId, body, name, demo.NumberDigits, Importer, opened.At));
        }

        var register = SessionRegister.StartWith(opened);
        var submitted = (ProposalSubmitted)Accepted(SubmissionRules.Decide(demo.Command(sessionId), register, demo.Proposer, demo.SubmittedAt)).Single();
        var registration = Accepted(Registration.Decide(Proposal.StartWith(submitted), register, Importer, demo.RegisteredAt, demo.Number));
        session.Events.Append(sessionId, registration.OfType<NumberAllotted>().ToArray());

        var story = new Story(Proposal.StartWith(submitted), [submitted, .. registration.Where(e => e is not NumberAllotted)]);
        demo.Handling(story, demo.Units.Select(u => u.Id).ToHashSet());
        session.Events.StartStream<Proposal>(submitted.ProposalId, story.Events.ToArray());
        await session.SaveChangesAsync(ct);
    }

    private static IReadOnlyList<object> Accepted(Decision decision) =>
        decision.Accepted ? decision.Events : throw new InvalidOperationException($"Demo data breaks a rule: {decision.Broken[0].Message}");

    /// <summary>An item's events as the demo tells them, each step decided by the domain on the state so far.</summary>
    public sealed class Story(Proposal proposal, List<object> events)
    {
        public Proposal Proposal { get; private set; } = events.Skip(1).Aggregate(proposal, (p, e) => p.Evolve(e));
        public List<object> Events { get; } = events;

        public Story Then(Func<Proposal, Decision> decide)
        {
            var decided = Accepted(decide(Proposal));
            Events.AddRange(decided);
            Proposal = decided.Aggregate(Proposal, (p, e) => p.Evolve(e));
            return this;
        }
    }
}
