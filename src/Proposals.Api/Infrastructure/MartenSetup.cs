using System.Text.Encodings.Web;
using System.Text.Unicode;
using JasperFx.Events;
using JasperFx.MultiTenancy;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;
using Proposals.Api.Disclosure;
using Proposals.Api.Reading;
using Proposals.Api.Statistics;
using Proposals.Api.Sessions;
using Proposals.Domain.Proposals;
using Proposals.Domain.Sessions;
using Weasel.Core;
using Wolverine.Marten;

namespace Proposals.Api.Infrastructure;

public static class MartenSetup
{
    public const string Schema = "proposals";

    /// <summary>
    /// Two Npgsql settings that took submissions from about 490/s to 870/s in the benchmark (docs/performance.md),
    /// unless the connection string sets them itself:
    /// <list type="bullet">
    /// <item>prepared statements for the commands seen repeatedly (Marten's appends and upserts are the same few), so
    /// the server stops parsing and planning them every time;</item>
    /// <item>no reset of a connection's session state when it goes back to the pool: Marten opens a connection for
    /// each operation, and the reset added three statements to each. Nothing here sets session state; advisory
    /// locks are taken per transaction or on connections of their own.</item>
    /// </list>
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 100;
            builder.AutoPrepareMinUsages = 2;
        }
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
            builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    /// <summary>
    /// For the <c>projections</c> commands (rebuilds): every statement planned for its values. A rebuild empties the
    /// tables it writes and fills them again, and a prepared statement's generic plan, which PostgreSQL settles on
    /// after five runs, is made while they are nearly empty and then kept. Measured on a 200,000-event rebuild
    /// (docs/performance.md): loading the documents to update took 10 ms a page with those plans and 0.1 ms without,
    /// and the event pages of projections that read some event types 65 ms against 17-19 ms.
    /// </summary>
    public static string PlannedPerStatement(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c plan_cache_mode=force_custom_plan".Trim();
        return builder.ConnectionString;
    }

    /// <summary>The connection string for this run of the API: <see cref="PlannedPerStatement"/> for the <c>projections</c> commands.</summary>
    public static string ForCommandLine(string connectionString, string[] args) =>
        args is ["projections", ..] ? PlannedPerStatement(connectionString) : connectionString;

    /// <summary>
    /// How the store's rows are laid out: schema, JSON, stream identity, tenancy and appends. The benchmarks, which write
    /// straight into the API's tables, take the same settings from here.
    /// </summary>
    public static void UseProposalsStorage(this StoreOptions opts, string connectionString)
    {
        opts.Connection(Tuned(connectionString));
        opts.DatabaseSchemaName = Schema;
        opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, json =>
        {
            json.Converters.Add(new AllottedNumbersJson());
            // Chinese written as itself, not as \uXXXX escapes (the default, made for JSON inside HTML): a Han character
            // is 3 bytes instead of 6, and a public document's terms a fifth of their escaped length. PostgreSQL stores
            // jsonb the same either way. Rebuilds ran 5-14 % faster with it (docs/performance.md).
            json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });

        // A jurisdiction is a tenant: one database, every row tagged with its tenant id.
        opts.Events.StreamIdentity = StreamIdentity.AsGuid;
        opts.Events.TenancyStyle = TenancyStyle.Conjoined;
        opts.Policies.AllDocumentsAreMultiTenanted();
        // Appends in one round trip; versions and sequences are assigned by the database.
        opts.Events.AppendMode = EventAppendMode.Quick;
    }

    public static void AddProposalsMarten(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(_ => SearchDatabase.For(Tuned(connectionString)));
        services.AddMarten(opts =>
            {
                opts.UseProposalsStorage(connectionString);
                // The async daemon looks for new events every 100 ms when busy, 250 ms when idle (defaults 250 ms and 1 s):
                // the public view and the statistics follow a reply within a few hundred milliseconds. LISTEN/NOTIFY
                // wakes it sooner but halved submissions here (docs/performance.md).
                opts.Projections.FastPollingTime = TimeSpan.FromMilliseconds(100);
                opts.Projections.SlowPollingTime = TimeSpan.FromMilliseconds(250);
                opts.Events.UseOptimizedProjectionRebuilds = true;

                // The write model is aggregated from its item's events on each step (a life is a handful of events):
                // no snapshot written with every step, none to rebuild (docs/performance.md).
                opts.Projections.Add<ProposalAggregation>(ProjectionLifecycle.Live);
                opts.Projections.Add<SessionRegisterAggregation>(ProjectionLifecycle.Inline, ProjectionTuning.Apply);
                opts.Projections.Add<ProposalViewProjection>(ProjectionLifecycle.Inline, ProjectionTuning.Apply);
                opts.Projections.Add<SessionViewProjection>(ProjectionLifecycle.Inline, ProjectionTuning.Apply);

                opts.ConfigureDisclosure();
                opts.ConfigureStatistics();
            })
            // Sessions with an identity map: a document a request has loaded is the one Marten's inline projections
            // update, with no second query for it (ProposalSteps loads the item's ProposalView with its stream).
            .UseIdentitySessions()
            // Marten's HotCold leader election needs a lock library the package mirror lacks (README, "Restore"):
            // Wolverine distributes the async projections across nodes instead.
            .IntegrateWithWolverine(m => m.UseWolverineManagedEventSubscriptionDistribution = true);
    }
}
