using Proposals.Domain.Common;
using Proposals.Domain.Handling;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Tests.Handling;

public class AcknowledgeTests
{
    private static readonly Actor LeadHandler = Given.HandlerOf(Given.LeadUnit);
    private static readonly Actor CoHandler = Given.HandlerOf(Given.CoUnit);
    private static readonly DateTimeOffset At = Given.HandlingNow;

    private static Decision When(Proposal proposal, Actor? by = null) => Acknowledge.Decide(proposal, by ?? LeadHandler, At);

    [Fact]
    public void a_handler_of_the_lead_unit_acknowledges_an_assigned_item()
    {
        Then.Events(When(Given.ItemIn(ProposalStatus.Assigned)),
            new AssignmentAcknowledged(Given.ProposalId, Given.LeadUnit, LeadHandler, At));
    }

    [Fact]
    public void a_co_organizer_acknowledges_too()
    {
        Then.Events(When(Given.ItemIn(ProposalStatus.Assigned), CoHandler),
            new AssignmentAcknowledged(Given.ProposalId, Given.CoUnit, CoHandler, At));
    }

    [Fact]
    public void each_unit_acknowledges_for_itself()
    {
        Then.Events(When(Given.ItemIn(ProposalStatus.InProgress), CoHandler),
            new AssignmentAcknowledged(Given.ProposalId, Given.CoUnit, CoHandler, At));
    }

    [Fact]
    public void in_a_new_round_the_units_acknowledge_again()
    {
        Then.Events(When(Given.ItemIn(ProposalStatus.Rehandling)),
            new AssignmentAcknowledged(Given.ProposalId, Given.LeadUnit, LeadHandler, At));
    }

    [Fact]
    public void a_unit_acknowledges_only_once()
    {
        Then.StateForbids(When(Given.ItemIn(ProposalStatus.InProgress)));
    }

    [Theory]
    [InlineData(ProposalStatus.Replied)]
    [InlineData(ProposalStatus.Closed)]
    public void an_item_is_acknowledged_only_while_it_awaits_its_reply(ProposalStatus status)
    {
        Then.StateForbids(When(Given.ItemIn(status), CoHandler));
    }

    [Theory]
    [InlineData(Role.Proposer)]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.Admin)]
    public void only_a_handler_acknowledges(Role role)
    {
        Then.NotPermitted(When(Given.ItemIn(ProposalStatus.Assigned), Given.ActorIn(role)));
    }

    [Theory]
    [InlineData(Given.OtherUnit)]
    [InlineData(Given.SecondLeadUnit)]
    [InlineData(null)]
    public void a_handler_acknowledges_only_for_a_unit_the_item_is_assigned_to(string? unit)
    {
        Then.NotPermitted(When(Given.ItemIn(ProposalStatus.Assigned), Given.HandlerOf(unit)));
    }

    [Theory]
    [InlineData(ProposalStatus.Submitted)]
    [InlineData(ProposalStatus.Registered)]
    [InlineData(ProposalStatus.Declined)]
    [InlineData(ProposalStatus.Converted)]
    [InlineData(ProposalStatus.Merged)]
    [InlineData(ProposalStatus.Withdrawn)]
    public void before_assignment_no_unit_has_the_item(ProposalStatus status)
    {
        Then.NotPermitted(When(Given.ItemIn(status)));
    }

    // ----- evolving -----

    [Fact]
    public void the_first_acknowledgement_puts_the_item_in_progress_and_later_ones_keep_it_there()
    {
        var first = Given.ItemIn(ProposalStatus.Assigned, Given.Acknowledged(Given.CoUnit));
        var second = first.Evolve(Given.Acknowledged(Given.LeadUnit));

        Assert.Equal(ProposalStatus.InProgress, first.Status);
        Assert.Equal([Given.CoUnit], first.AcknowledgedBy);
        Assert.Equal(ProposalStatus.InProgress, second.Status);
        Assert.True(second.AcknowledgedBy.SetEquals([Given.LeadUnit, Given.CoUnit]));
    }

    [Fact]
    public void an_acknowledgement_in_a_new_round_keeps_the_item_rehandling()
    {
        var item = Given.ItemIn(ProposalStatus.Rehandling, Given.Acknowledged(Given.LeadUnit, new DateOnly(2024, 2, 20)));

        Assert.Equal(ProposalStatus.Rehandling, item.Status);
        Assert.Equal([Given.LeadUnit], item.AcknowledgedBy);
    }
}
