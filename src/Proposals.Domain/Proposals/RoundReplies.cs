namespace Proposals.Domain.Proposals;

/// <summary>
/// 答复: when a round of replies is complete. Each lead unit replies once per round; the item is replied
/// (<see cref="ProposalStatus.Replied"/>) once every lead unit has, whatever the order. The write model
/// (<see cref="Proposal.Evolve"/>) and the projections that follow its status all decide it here.
/// </summary>
public static class RoundReplies
{
    /// <summary>
    /// Whether every one of <paramref name="leadUnits"/> is among <paramref name="repliedUnits"/>, the units
    /// that replied in the round at hand. Units that replied but are not (or no longer) lead units do not
    /// count. Pure set inclusion: no lead units at all is vacuously true, so callers that can meet an item
    /// never assigned guard against that themselves.
    /// </summary>
    public static bool AllLeadUnitsReplied(IEnumerable<string> leadUnits, IEnumerable<string> repliedUnits)
    {
        var replied = repliedUnits as IReadOnlySet<string> ?? repliedUnits.ToHashSet();
        return leadUnits.All(replied.Contains);
    }
}
