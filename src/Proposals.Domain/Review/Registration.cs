using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
using Proposals.Domain.Sessions;

namespace Proposals.Domain.Review;

/// <summary>
/// 立案: the item gets the next number of its session's register. An import of historical records may
/// give the number itself; later registrations continue after the highest.
/// The decision holds two events: <see cref="ProposalRegistered"/> for the item's stream and
/// <see cref="NumberAllotted"/> for the register's.
/// </summary>
public static class Registration
{
    public static Decision Decide(Proposal proposal, SessionRegister register, Actor by, DateTimeOffset at, int? importedNumber = null)
    {
        if (Rules.RequireRole(by, Role.Coordinator, "register an item") is { } notCoordinator) return notCoordinator;
        if (proposal.Status != ProposalStatus.Submitted)
            return new StateForbids($"Only a submitted item can be registered; this one is {proposal.Status.Describe()}.");
        if (register.Id != proposal.SessionId)
            throw new ArgumentException("The register must be the one of the item's session.", nameof(register));
        if (importedNumber is < 1) return new InvalidField("number", "A number counts from 1.");
        if (importedNumber is { } taken && register.Allotted.Contains(taken))
            return new StateForbids($"Number {taken} is already taken in this session.");

        var number = importedNumber ?? register.NextNumber;
        return Decision.Accept(
            new ProposalRegistered(proposal.Id, proposal.SessionId, number, register.Format(number), by, at),
            new NumberAllotted(register.Id, proposal.Id, number, by, at));
    }
}
