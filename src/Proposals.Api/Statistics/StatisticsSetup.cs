using JasperFx.Events.Projections;
using Marten;
using Proposals.Api.Infrastructure;

namespace Proposals.Api.Statistics;

public static class StatisticsSetup
{
    /// <summary>The statistics' projections.</summary>
    public static void ConfigureStatistics(this StoreOptions options)
    {
        options.Projections.Add<ItemFactsProjection>(ProjectionLifecycle.Async, ProjectionTuning.Apply);
        options.Schema.For<ItemFacts>()
            .Index(f => f.SessionId)
            .Index(f => f.Category);
    }
}
