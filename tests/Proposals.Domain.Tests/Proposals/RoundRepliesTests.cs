using System.Collections.Immutable;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Tests.Proposals;

/// <summary>答复: a round of replies is complete when every lead unit has replied in it.</summary>
public class RoundRepliesTests
{
    private static readonly string[] TwoLeadUnits = [Given.LeadUnit, Given.SecondLeadUnit];

    [Fact]
    public void a_round_is_complete_when_every_lead_unit_replied()
    {
        Assert.True(RoundReplies.AllLeadUnitsReplied([Given.LeadUnit], [Given.LeadUnit]));
        Assert.True(RoundReplies.AllLeadUnitsReplied(TwoLeadUnits, [Given.LeadUnit, Given.SecondLeadUnit]));
    }

    [Fact]
    public void the_order_of_the_replies_does_not_matter()
    {
        Assert.True(RoundReplies.AllLeadUnitsReplied(TwoLeadUnits, [Given.SecondLeadUnit, Given.LeadUnit]));
    }

    [Fact]
    public void a_round_is_not_complete_while_a_lead_unit_has_not_replied()
    {
        Assert.False(RoundReplies.AllLeadUnitsReplied(TwoLeadUnits, [Given.LeadUnit]));
        Assert.False(RoundReplies.AllLeadUnitsReplied(TwoLeadUnits, []));
    }

    [Fact]
    public void replies_of_units_that_are_not_lead_units_neither_complete_a_round_nor_hold_it_back()
    {
        Assert.False(RoundReplies.AllLeadUnitsReplied(TwoLeadUnits, [Given.LeadUnit, Given.CoUnit, Given.OtherUnit]));
        Assert.True(RoundReplies.AllLeadUnitsReplied([Given.LeadUnit], [Given.OtherUnit, Given.LeadUnit]));
    }

    [Fact]
    public void a_unit_counted_twice_is_still_one_unit()
    {
        Assert.False(RoundReplies.AllLeadUnitsReplied(TwoLeadUnits, [Given.LeadUnit, Given.LeadUnit]));
    }

    [Fact]
    public void no_lead_units_at_all_is_vacuously_complete_so_callers_guard_against_it()
    {
        Assert.True(RoundReplies.AllLeadUnitsReplied([], []));
    }

    [Fact]
    public void the_replied_units_may_be_a_set_or_a_query_over_replies()
    {
        var asSet = ImmutableHashSet.Create(Given.LeadUnit, Given.SecondLeadUnit);
        var replies = new[] { (Unit: Given.LeadUnit, Round: 1), (Unit: Given.SecondLeadUnit, Round: 1), (Unit: Given.SecondLeadUnit, Round: 2) };

        Assert.True(RoundReplies.AllLeadUnitsReplied(TwoLeadUnits, asSet));
        Assert.True(RoundReplies.AllLeadUnitsReplied(TwoLeadUnits, replies.Where(r => r.Round == 1).Select(r => r.Unit)));
        Assert.False(RoundReplies.AllLeadUnitsReplied(TwoLeadUnits, replies.Where(r => r.Round == 2).Select(r => r.Unit)));
    }

    [Fact]
    public void the_item_is_replied_exactly_when_the_rule_says_its_round_is_complete()
    {
        var oneReplied = Given.ItemIn(ProposalStatus.Registered,
            Given.Assigned(leadUnits: TwoLeadUnits), Given.Contacted(Given.LeadUnit), Given.Replied(Given.LeadUnit));
        var bothReplied = oneReplied.Evolve(Given.Replied(Given.SecondLeadUnit));

        Assert.False(RoundReplies.AllLeadUnitsReplied(oneReplied.LeadUnits, oneReplied.RepliedBy));
        Assert.Equal(ProposalStatus.Assigned, oneReplied.Status);
        Assert.True(RoundReplies.AllLeadUnitsReplied(bothReplied.LeadUnits, bothReplied.RepliedBy));
        Assert.Equal(ProposalStatus.Replied, bothReplied.Status);
    }
}
