using Proposals.Domain.Common;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Handling;

/// <summary>协办意见: each co-organizer sends the lead units one written opinion per round.</summary>
public static class GiveOpinion
{
    public static Decision Decide(Proposal proposal, string? content, Actor by, DateTimeOffset at)
    {
        if (HandlerGuards.RequireAssignedHandler(proposal, by, "give a co-organizer opinion") is { } notHandler) return notHandler;
        if (!proposal.IsCoUnit(by.Unit)) return new NotPermitted("Only co-organizers give opinions; a lead unit replies.");
        if (Rules.Text("content", content, 1, 20_000) is { } badContent) return badContent;
        if (HandlerGuards.RequireAwaitingReply(proposal, "give an opinion") is { } notAwaiting) return notAwaiting;
        if (proposal.OpinionsFrom.Contains(by.Unit!)) return new StateForbids("Your unit has already given its opinion in this round.");

        return Decision.Accept(new CoOrganizerOpinionGiven(proposal.Id, by.Unit!, proposal.Round, content!.Trim(), by, at));
    }
}
