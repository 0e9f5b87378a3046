using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
using Proposals.Domain.Review;

namespace Proposals.Domain.Tests.Review;

public class ConversionTests
{
    private static readonly Actor Coordinator = Given.Coordinator();
    private static readonly Proposal SubmittedItem = Given.ProposalIn(ProposalStatus.Submitted);

    private static Decision When(Proposal proposal, string? reason, Actor? by = null) =>
        Conversion.Decide(proposal, reason, by ?? Coordinator, Given.Now);

    [Fact]
    public void a_coordinator_converts_a_submitted_item_with_a_reason()
    {
        Then.Events(When(SubmittedItem, "宜作为意见处理"),
            new ProposalConverted(Given.ProposalId, "宜作为意见处理", Coordinator, Given.Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void the_reason_is_optional_and_a_blank_one_is_recorded_as_absent(string? reason)
    {
        Then.Events(When(SubmittedItem, reason), new ProposalConverted(Given.ProposalId, null, Coordinator, Given.Now));
    }

    [Fact]
    public void the_reason_is_trimmed()
    {
        var converted = Then.SingleEvent<ProposalConverted>(When(SubmittedItem, " 宜作为意见处理  "));

        Assert.Equal("宜作为意见处理", converted.Reason);
    }

    [Theory]
    [InlineData(2_000, true)]
    [InlineData(2_001, false)]
    public void the_reason_may_have_at_most_2000_characters(int length, bool accepted)
    {
        var decision = When(SubmittedItem, new string('由', length));

        if (accepted) Assert.Equal(length, Then.SingleEvent<ProposalConverted>(decision).Reason?.Length);
        else Then.InvalidField(decision, "reason");
    }

    [Theory]
    [InlineData(Role.Proposer)]
    [InlineData(Role.Handler)]
    [InlineData(Role.Admin)]
    public void only_a_coordinator_may_convert(Role role)
    {
        Then.NotPermitted(When(SubmittedItem, null, Given.ActorIn(role)));
    }

    [Theory]
    [InlineData(ProposalStatus.Registered)]
    [InlineData(ProposalStatus.Declined)]
    [InlineData(ProposalStatus.Converted)]
    [InlineData(ProposalStatus.Merged)]
    [InlineData(ProposalStatus.Withdrawn)]
    public void only_a_submitted_item_can_be_converted(ProposalStatus status)
    {
        Then.StateForbids(When(Given.ProposalIn(status), null));
    }
}
