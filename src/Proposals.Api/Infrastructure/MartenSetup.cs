using JasperFx.Events;
using JasperFx.MultiTenancy;
using JasperFx.Events.Projections;
using Marten;
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

    public static void AddProposalsMarten(this IServiceCollection services, string connectionString)
    {
        services.AddMarten(opts =>
            {
                opts.Connection(connectionString);
                opts.DatabaseSchemaName = Schema;
                opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);

                // A jurisdiction is a tenant: one database, every row tagged with its tenant id.
                opts.Events.StreamIdentity = StreamIdentity.AsGuid;
                opts.Events.TenancyStyle = TenancyStyle.Conjoined;
                // Appends in one round trip; versions and sequences are assigned by the database.
                opts.Events.AppendMode = EventAppendMode.Quick;
                opts.Policies.AllDocumentsAreMultiTenanted();

                opts.Projections.Add<ProposalAggregation>(ProjectionLifecycle.Inline);
                opts.Projections.Add<SessionRegisterAggregation>(ProjectionLifecycle.Inline);
                opts.Projections.Add<ProposalViewProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<SessionViewProjection>(ProjectionLifecycle.Inline);

                opts.ConfigureDisclosure();
                opts.ConfigureStatistics();

                // The work list filters and sorts on these: real columns with b-tree indexes, not JSON paths.
                opts.Schema.For<ProposalView>()
                    .Duplicate(p => p.SessionId)
                    .Duplicate(p => p.Status)
                    .Duplicate(p => p.SubmittedAt)
                    .Duplicate(p => p.DueOn)
                    .Duplicate(p => p.Number);
            })
            .UseLightweightSessions()
            // Marten's HotCold leader election needs a lock library the package mirror lacks (README, "Restore"):
            // Wolverine distributes the async projections across nodes instead.
            .IntegrateWithWolverine(m => m.UseWolverineManagedEventSubscriptionDistribution = true);
    }
}
