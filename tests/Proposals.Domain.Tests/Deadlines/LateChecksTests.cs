using Proposals.Domain.Common;
using Proposals.Domain.Deadlines;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Tests.Deadlines;

public sealed class LateChecksTests
{
    private static readonly Proposal Assigned = Given.ItemIn(ProposalStatus.Assigned);

    [Fact]
    public void a_reminder_that_fires_after_the_due_date_reminds_of_nothing()
    {
        var due = Assigned.DueOn!.Value;
        var reminder = DeadlineChecks.Plan(Assigned, HandlingPolicy.Default).Single(c => c.Kind == DeadlineCheckKind.Reminder);

        Then.NoEvents(DeadlineChecks.Decide(Assigned, reminder, ChinaTime.StartOf(due.AddDays(2))));
        Assert.IsType<DeadlineReminderIssued>(Assert.Single(DeadlineChecks.Decide(Assigned, reminder, ChinaTime.StartOf(due)).Events));
    }

    [Fact]
    public void an_extension_must_give_a_date_after_today()
    {
        var overdue = Given.ItemIn(ProposalStatus.Assigned);
        var afterDue = ChinaTime.StartOf(overdue.DueOn!.Value.AddDays(10)).AddHours(10);

        Then.InvalidField(Extend.Decide(overdue, overdue.DueOn!.Value.AddDays(5), "延期", HandlingPolicy.Default, Given.Coordinator(), afterDue), "dueOn");
        Assert.IsType<DeadlineExtended>(Assert.Single(
            Extend.Decide(overdue, overdue.DueOn!.Value.AddDays(11), "延期", HandlingPolicy.Default, Given.Coordinator(), afterDue).Events));
    }
}
