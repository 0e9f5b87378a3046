using Proposals.Domain.Sessions;

namespace Proposals.Domain.Proposals;

/// <summary>A deputy's suggestion (建议, people's congress) or a member's proposal (提案, CPPCC).</summary>
public enum ProposalKind { Suggestion, Proposal }

public static class ProposalKinds
{
    public static ProposalKind For(Body body) => body == Body.Npc ? ProposalKind.Suggestion : ProposalKind.Proposal;
}
