using Marten;

namespace Proposals.Api.Disclosure;

public static class DisclosureSetup
{
    /// <summary>The public read side's projections and indexes.</summary>
    public static void ConfigureDisclosure(this StoreOptions options)
    {
    }
}
