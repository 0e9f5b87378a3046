using System.Collections.Immutable;

namespace Proposals.Domain.Proposals;

/// <summary>The write model of one item: just what its rules need, evolved from its events.</summary>
public sealed record Proposal(
    Guid Id,
    Guid SessionId,
    ProposalStatus Status,
    Proposer Proposer,
    IReadOnlyList<CoSigner> CoSigners,
    ImmutableHashSet<string> WithdrawalAgreedBy,
    int? Number = null)
{
    public static Proposal StartWith(ProposalSubmitted e) =>
        new(e.ProposalId, e.SessionId, ProposalStatus.Submitted, e.Proposer, e.CoSigners, []);

    public Proposal Evolve(object @event) => @event switch
    {
        WithdrawalAgreed e => this with { WithdrawalAgreedBy = WithdrawalAgreedBy.Add(e.By.Id) },
        ProposalWithdrawn => this with { Status = ProposalStatus.Withdrawn },
        ProposalRegistered e => this with { Status = ProposalStatus.Registered, Number = e.Number },
        ProposalDeclined => this with { Status = ProposalStatus.Declined },
        ProposalConverted => this with { Status = ProposalStatus.Converted },
        ProposalMerged => this with { Status = ProposalStatus.Merged },
        _ => this,
    };

    /// <summary>Everyone whose agreement a withdrawal needs: the lead proposer and co-signers with accounts.</summary>
    public IEnumerable<string> SignerIds =>
        CoSigners.Where(c => c.Id is not null).Select(c => c.Id!).Prepend(Proposer.Id).Distinct();

    public bool IsSignedBy(string userId) => SignerIds.Contains(userId);
}
