using JasperFx.Events;
using Marten.Events.Aggregation;
using Proposals.Domain.Proposals;
using Proposals.Domain.Sessions;

namespace Proposals.Api.Infrastructure;

// The domain's write models evolve themselves; these hand Marten their Create/Evolve so the domain
// project needs no Marten reference (and no source generator) of its own.

public sealed class ProposalAggregation : SingleStreamProjection<Proposal, Guid>
{
    public override Proposal? Evolve(Proposal? snapshot, Guid id, IEvent e) =>
        e.Data is ProposalSubmitted submitted ? Proposal.StartWith(submitted) : snapshot?.Evolve(e.Data);
}

public sealed class SessionRegisterAggregation : SingleStreamProjection<SessionRegister, Guid>
{
    // Evolve hides which events matter; named here, a rebuild reads only these instead of every event.
    public SessionRegisterAggregation()
    {
        IncludeType<SessionOpened>();
        IncludeType<NumberAllotted>();
    }

    public override SessionRegister? Evolve(SessionRegister? snapshot, Guid id, IEvent e) =>
        e.Data is SessionOpened opened ? SessionRegister.StartWith(opened) : snapshot?.Evolve(e.Data);
}
