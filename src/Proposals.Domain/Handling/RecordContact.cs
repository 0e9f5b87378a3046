using Proposals.Domain.Common;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Handling;

public sealed record RecordContact(DateOnly? On, ContactMethod? Method, string? Summary);

/// <summary>见面/沟通: a unit records how it talked with the proposer.</summary>
public static class Contact
{
    public static Decision Decide(Proposal proposal, RecordContact command, Actor by, DateTimeOffset at)
    {
        if (HandlerGuards.RequireAssignedHandler(proposal, by, "record a contact") is { } notHandler) return notHandler;

        var today = ChinaTime.Today(at);
        var broken = new List<RuleBroken>();
        if (command.On is null) broken.Add(new InvalidField("on", "'on' (the date of the contact) is required."));
        else if (command.On > today) broken.Add(new InvalidField("on", "A contact cannot be in the future."));
        else if (command.On < proposal.RoundStartedOn) broken.Add(new InvalidField("on", "A contact cannot precede the assignment or the start of the current round."));
        if (command.Method is null) broken.Add(new InvalidField("method", "'method' is required: meeting, phone, visit, letter or online."));
        if (Rules.Text("summary", command.Summary, 1, 2_000) is { } summary) broken.Add(summary);
        if (broken.Count > 0) return Decision.Reject([.. broken]);

        if (!proposal.Status.AwaitsReply() && proposal.Status != ProposalStatus.Replied)
            return new StateForbids($"Contacts are recorded while the item is handled; it is {proposal.Status.Describe()}.");

        return Decision.Accept(new ProposerContacted(proposal.Id, by.Unit!, command.On!.Value, command.Method!.Value, command.Summary!.Trim(), by, at));
    }
}
