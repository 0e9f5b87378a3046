namespace Proposals.Domain.Proposals;

public enum ProposalStatus { Submitted, Registered, Declined, Converted, Merged, Withdrawn }
