namespace Proposals.Domain.Proposals;

public enum ProposalStatus
{
    Submitted, Registered, Declined, Converted, Merged, Withdrawn,
    Assigned, InProgress, Replied, Rehandling, Closed,
}

public static class ProposalStatuses
{
    /// <summary>The states in which units owe a reply.</summary>
    public static bool AwaitsReply(this ProposalStatus status) =>
        status is ProposalStatus.Assigned or ProposalStatus.InProgress or ProposalStatus.Rehandling;

    public static string Describe(this ProposalStatus status) => status switch
    {
        ProposalStatus.InProgress => "in-progress",
        _ => status.ToString().ToLowerInvariant(),
    };
}
