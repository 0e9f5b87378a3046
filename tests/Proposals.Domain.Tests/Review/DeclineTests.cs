using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
using Proposals.Domain.Review;

namespace Proposals.Domain.Tests.Review;

public class DeclineTests
{
    private static readonly Actor Coordinator = Given.Coordinator();
    private static readonly Proposal SubmittedItem = Given.ProposalIn(ProposalStatus.Submitted);

    private static Decision When(Proposal proposal, string? reason, Actor? by = null) =>
        Decline.Decide(proposal, reason, by ?? Coordinator, Given.Now);

    [Fact]
    public void a_coordinator_declines_a_submitted_item_with_a_reason()
    {
        Then.Events(When(SubmittedItem, "不属于本级职权范围"),
            new ProposalDeclined(Given.ProposalId, "不属于本级职权范围", Coordinator, Given.Now));
    }

    [Fact]
    public void the_reason_is_trimmed()
    {
        var declined = Then.SingleEvent<ProposalDeclined>(When(SubmittedItem, "  不属于本级职权范围 \n"));

        Assert.Equal("不属于本级职权范围", declined.Reason);
    }

    [Theory]
    [InlineData(Role.Proposer)]
    [InlineData(Role.Handler)]
    [InlineData(Role.Admin)]
    public void only_a_coordinator_may_decline(Role role)
    {
        Then.NotPermitted(When(SubmittedItem, "理由", Given.ActorIn(role)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void a_reason_is_required(string? reason)
    {
        Then.InvalidField(When(SubmittedItem, reason), "reason");
    }

    [Theory]
    [InlineData(2_000, true)]
    [InlineData(2_001, false)]
    public void the_reason_may_have_at_most_2000_characters(int length, bool accepted)
    {
        var decision = When(SubmittedItem, new string('由', length));

        if (accepted) Assert.Equal(length, Then.SingleEvent<ProposalDeclined>(decision).Reason.Length);
        else Then.InvalidField(decision, "reason");
    }

    [Theory]
    [InlineData(ProposalStatus.Registered)]
    [InlineData(ProposalStatus.Declined)]
    [InlineData(ProposalStatus.Converted)]
    [InlineData(ProposalStatus.Merged)]
    [InlineData(ProposalStatus.Withdrawn)]
    public void only_a_submitted_item_can_be_declined(ProposalStatus status)
    {
        Then.StateForbids(When(Given.ProposalIn(status), "理由"));
    }
}
