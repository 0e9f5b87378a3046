using JasperFx.Events.Projections;

namespace Proposals.Api.Infrastructure;

/// <summary>How the daemon pages through events, for catching up and for rebuilds (docs/performance.md).</summary>
public static class ProjectionTuning
{
    public static void Apply(AsyncOptions options)
    {
        // Larger pages: fewer round trips when catching up or rebuilding; each item's document is small.
        options.BatchSize = 2_000;
        options.MaximumHopperSize = 10_000;
        // In a rebuild, keep only the latest state of each item in memory and write it once per window,
        // instead of once per page it appears in (an item's life is several events).
        options.RebuildFlushThreshold = 20_000;
    }
}
