using Proposals.Domain.Common;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Assignment;

public sealed record AssignProposal(IReadOnlyList<string> LeadUnits, IReadOnlyList<string> CoUnits, DateOnly? DueOn, string? Reason);

/// <summary>
/// 交办: a registered item goes to one lead unit (several for parallel handling) and optional
/// co-organizers. Assigning again transfers it, and a transfer needs its reason.
/// </summary>
public static class Assign
{
    public static Decision Decide(Proposal proposal, AssignProposal command, IReadOnlySet<string> knownUnits, HandlingPolicy policy, Actor by, DateTimeOffset at)
    {
        if (Rules.RequireRole(by, Role.Coordinator, "assign an item") is { } notCoordinator) return notCoordinator;
        var transfer = proposal.Status.AwaitsReply();
        if (!transfer && proposal.Status != ProposalStatus.Registered)
            return new StateForbids($"Only a registered item, or one still awaiting its reply, can be assigned; this one is {proposal.Status.Describe()}.");

        var today = ChinaTime.Today(at);
        var broken = Validate(command, knownUnits, policy, today, transfer).ToArray();
        if (broken.Length > 0) return Decision.Reject(broken);

        // A transfer during re-handling keeps the shorter re-handling term.
        var months = proposal.Status == ProposalStatus.Rehandling ? policy.RehandlingMonths : policy.ReplyMonths;
        var dueOn = command.DueOn ?? today.AddMonths(months);
        var opinionDueOn = Min(today.AddMonths(policy.OpinionDueMonths), dueOn);
        return Decision.Accept(new ProposalAssigned(
            proposal.Id, command.LeadUnits.ToArray(), command.CoUnits.ToArray(), today, dueOn, opinionDueOn,
            string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(), by, at));
    }

    private static IEnumerable<InvalidField> Validate(AssignProposal command, IReadOnlySet<string> knownUnits, HandlingPolicy policy, DateOnly today, bool transfer)
    {
        if (command.LeadUnits.Count == 0) yield return new InvalidField("leadUnits", "At least one lead unit is required.");
        foreach (var unit in command.LeadUnits.Where(u => !knownUnits.Contains(u)))
            yield return new InvalidField("leadUnits", $"There is no unit '{unit}' in this jurisdiction.");
        foreach (var unit in command.CoUnits.Where(u => !knownUnits.Contains(u)))
            yield return new InvalidField("coUnits", $"There is no unit '{unit}' in this jurisdiction.");

        var all = command.LeadUnits.Concat(command.CoUnits).ToArray();
        foreach (var unit in all.GroupBy(u => u).Where(g => g.Count() > 1).Select(g => g.Key))
            yield return new InvalidField("coUnits", $"Unit '{unit}' is named more than once.");

        if (command.DueOn is { } due && (due <= today || due > today.AddMonths(policy.TotalCapMonths)))
            yield return new InvalidField("dueOn", $"The due date must fall after today and at most {policy.TotalCapMonths} months ahead.");

        if (transfer && string.IsNullOrWhiteSpace(command.Reason))
            yield return new InvalidField("reason", "Reassigning an item needs the reason for the transfer.");
        if (Rules.OptionalText("reason", command.Reason, 2_000) is { } reason) yield return reason;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
