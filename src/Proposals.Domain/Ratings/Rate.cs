using Proposals.Domain.Common;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Ratings;

public sealed record RateReply(Satisfaction? Attitude, Satisfaction? Result, string? Comment);

/// <summary>
/// 评价: the proposer rates attitude and result within the rating window after the reply; an unsatisfied
/// result sends the item back for another round. After the window the coordinator closes the item (<see cref="Closure.Close"/>).
/// </summary>
public static class Rate
{
    public static Decision Decide(Proposal proposal, RateReply command, HandlingPolicy policy, WorkingCalendar calendar, Actor by, DateTimeOffset at)
    {
        if (by.Id != proposal.Proposer.Id || by.Role != Role.Proposer) return new NotPermitted("Only the item's proposer rates its reply.");

        var broken = new List<RuleBroken>();
        if (command.Attitude is null) broken.Add(new InvalidField("attitude", "'attitude' is required: satisfied, basically-satisfied or unsatisfied."));
        if (command.Result is null) broken.Add(new InvalidField("result", "'result' is required: satisfied, basically-satisfied or unsatisfied."));
        var unsatisfied = command.Attitude == Satisfaction.Unsatisfied || command.Result == Satisfaction.Unsatisfied;
        if (unsatisfied && string.IsNullOrWhiteSpace(command.Comment))
            broken.Add(new InvalidField("comment", "Say why when you are unsatisfied."));
        if (Rules.OptionalText("comment", command.Comment, 2_000) is { } comment) broken.Add(comment);
        if (broken.Count > 0) return Decision.Reject([.. broken]);

        if (proposal.Status != ProposalStatus.Replied)
            return new StateForbids($"Only a replied item can be rated; this one is {proposal.Status.Describe()}.");
        var windowEnds = calendar.AddWorkingDays(proposal.RepliedOn!.Value, policy.RatingWindowWorkingDays);
        if (ChinaTime.Today(at) > windowEnds)
            return new StateForbids($"The window to rate this reply closed on {windowEnds:yyyy-MM-dd} ({policy.RatingWindowWorkingDays} working days); the coordinator closes the item.");

        var rated = new ReplyRated(proposal.Id, proposal.Round, command.Attitude!.Value, command.Result!.Value,
            string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim(), by, at);
        if (command.Result != Satisfaction.Unsatisfied)
            return Decision.Accept(rated, new ProposalClosed(proposal.Id, "The proposer rated the result satisfactory.", by, at));

        var today = ChinaTime.Today(at);
        return Decision.Accept(rated, new RehandlingStarted(proposal.Id, proposal.Round + 1, today, today.AddMonths(policy.RehandlingMonths), by, at));
    }
}
