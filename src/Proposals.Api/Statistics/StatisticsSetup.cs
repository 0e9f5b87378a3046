using Marten;

namespace Proposals.Api.Statistics;

public static class StatisticsSetup
{
    /// <summary>The statistics' projections.</summary>
    public static void ConfigureStatistics(this StoreOptions options)
    {
    }
}
