using Marten.Events.Aggregation;
using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
using Proposals.Domain.Sessions;

namespace Proposals.Api.Sessions;

public sealed record SessionView(Guid Id, Body Body, ProposalKind Kind, string Name, int NumberDigits, int Registered, Actor OpenedBy, DateTimeOffset OpenedAt);

public sealed class SessionViewProjection : SingleStreamProjection<SessionView, Guid>
{
    public static SessionView Create(SessionOpened e) =>
        new(e.SessionId, e.Body, ProposalKinds.For(e.Body), e.Name, e.NumberDigits, 0, e.By, e.At);

    public static SessionView Apply(NumberAllotted _, SessionView view) => view with { Registered = view.Registered + 1 };
}
