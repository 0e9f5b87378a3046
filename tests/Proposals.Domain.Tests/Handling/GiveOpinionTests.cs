using Proposals.Domain.Common;
using Proposals.Domain.Handling;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Tests.Handling;

public class GiveOpinionTests
{
    private const string Opinion = "建议统筹安排改造资金";
    private static readonly Actor CoHandler = Given.HandlerOf(Given.CoUnit);
    private static readonly DateTimeOffset At = Given.HandlingNow;
    private static readonly Proposal InProgressItem = Given.ItemIn(ProposalStatus.InProgress);

    private static Decision When(Proposal proposal, string? content = Opinion, Actor? by = null) =>
        GiveOpinion.Decide(proposal, content, by ?? CoHandler, At);

    [Fact]
    public void a_co_organizer_gives_the_lead_units_its_opinion_for_the_round()
    {
        Then.Events(When(InProgressItem, "  " + Opinion + "\n"),
            new CoOrganizerOpinionGiven(Given.ProposalId, Given.CoUnit, 1, Opinion, CoHandler, At));
    }

    [Fact]
    public void an_opinion_may_be_given_before_the_unit_acknowledges()
    {
        Then.SingleEvent<CoOrganizerOpinionGiven>(When(Given.ItemIn(ProposalStatus.Assigned)));
    }

    [Fact]
    public void in_a_new_round_the_co_organizer_gives_a_new_opinion()
    {
        var item = Given.ItemIn(ProposalStatus.Replied, Given.OpinionGiven(Given.CoUnit))
            .Evolve(Given.Rated(Satisfaction.Unsatisfied))
            .Evolve(Given.RehandlingStarted());

        Then.Events(When(item), new CoOrganizerOpinionGiven(Given.ProposalId, Given.CoUnit, 2, Opinion, CoHandler, At));
    }

    [Fact]
    public void a_co_organizer_gives_one_opinion_per_round()
    {
        Then.StateForbids(When(Given.ItemIn(ProposalStatus.InProgress, Given.OpinionGiven(Given.CoUnit))));
    }

    [Fact]
    public void another_co_organizers_opinion_does_not_count_for_the_unit()
    {
        var item = Given.ItemIn(ProposalStatus.Registered,
            Given.Assigned(coUnits: [Given.CoUnit, Given.OtherUnit]), Given.OpinionGiven(Given.OtherUnit));

        Then.SingleEvent<CoOrganizerOpinionGiven>(When(item));
    }

    [Theory]
    [InlineData(ProposalStatus.Replied)]
    [InlineData(ProposalStatus.Closed)]
    public void opinions_are_given_only_while_the_item_awaits_its_reply(ProposalStatus status)
    {
        Then.StateForbids(When(Given.ItemIn(status)));
    }

    // ----- content -----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void the_opinion_needs_content(string? content)
    {
        Then.InvalidField(When(InProgressItem, content), "content");
    }

    [Theory]
    [InlineData(20_000, true)]
    [InlineData(20_001, false)]
    public void the_opinion_may_have_at_most_20000_characters(int length, bool accepted)
    {
        var decision = When(InProgressItem, new string('议', length));

        if (accepted) Assert.Equal(length, Then.SingleEvent<CoOrganizerOpinionGiven>(decision).Content.Length);
        else Then.InvalidField(decision, "content");
    }

    [Fact]
    public void the_content_is_checked_before_the_state()
    {
        Then.InvalidField(When(Given.ItemIn(ProposalStatus.Closed), ""), "content");
    }

    // ----- who -----

    [Fact]
    public void a_lead_unit_replies_rather_than_giving_an_opinion()
    {
        Then.NotPermitted(When(InProgressItem, by: Given.HandlerOf(Given.LeadUnit)));
    }

    [Theory]
    [InlineData(Role.Proposer)]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.Admin)]
    public void only_a_handler_gives_an_opinion(Role role)
    {
        Then.NotPermitted(When(InProgressItem, by: Given.ActorIn(role)));
    }

    [Theory]
    [InlineData(Given.OtherUnit)]
    [InlineData(null)]
    public void a_handler_gives_an_opinion_only_for_a_co_organizer_of_the_item(string? unit)
    {
        Then.NotPermitted(When(InProgressItem, by: Given.HandlerOf(unit)));
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
    public void an_opinion_records_its_unit_for_the_round()
    {
        var item = Given.ItemIn(ProposalStatus.InProgress, Given.OpinionGiven(Given.CoUnit));

        Assert.Equal(ProposalStatus.InProgress, item.Status);
        Assert.Equal([Given.CoUnit], item.OpinionsFrom);
        Assert.Empty(item.Evolve(Given.Contacted()).Evolve(Given.Replied()).Evolve(Given.Rated(Satisfaction.Unsatisfied))
            .Evolve(Given.RehandlingStarted()).OpinionsFrom);
    }
}
