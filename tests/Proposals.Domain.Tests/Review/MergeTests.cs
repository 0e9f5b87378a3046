using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
using Proposals.Domain.Review;

namespace Proposals.Domain.Tests.Review;

public class MergeTests
{
    private static readonly Actor Coordinator = Given.Coordinator();
    private static readonly Proposal SubmittedItem = Given.ProposalIn(ProposalStatus.Submitted);

    private static Proposal Target(ProposalStatus status = ProposalStatus.Submitted, Guid? sessionId = null) =>
        Given.ProposalIn(status, Given.OtherProposalId, sessionId);

    private static Decision When(Proposal proposal, Proposal? into, Actor? by = null) =>
        Merge.Decide(proposal, into, by ?? Coordinator, Given.Now);

    [Fact]
    public void a_coordinator_merges_a_submitted_item_into_another_of_its_session()
    {
        Then.Events(When(SubmittedItem, Target()),
            new ProposalMerged(Given.ProposalId, Given.OtherProposalId, Coordinator, Given.Now));
    }

    [Fact]
    public void a_registered_target_can_take_a_merged_item()
    {
        Then.Events(When(SubmittedItem, Target(ProposalStatus.Registered)),
            new ProposalMerged(Given.ProposalId, Given.OtherProposalId, Coordinator, Given.Now));
    }

    [Theory]
    [InlineData(Role.Proposer)]
    [InlineData(Role.Handler)]
    [InlineData(Role.Admin)]
    public void only_a_coordinator_may_merge(Role role)
    {
        Then.NotPermitted(When(SubmittedItem, Target(), Given.ActorIn(role)));
    }

    [Fact]
    public void a_missing_target_is_an_invalid_intoId()
    {
        Then.InvalidField(When(SubmittedItem, null), "intoId");
    }

    [Fact]
    public void an_item_cannot_be_merged_into_itself()
    {
        Then.InvalidField(When(SubmittedItem, SubmittedItem), "intoId");
    }

    [Fact]
    public void items_can_be_merged_only_within_one_session()
    {
        Then.InvalidField(When(SubmittedItem, Target(sessionId: Given.OtherSessionId)), "intoId");
    }

    [Theory]
    [InlineData(ProposalStatus.Registered)]
    [InlineData(ProposalStatus.Declined)]
    [InlineData(ProposalStatus.Converted)]
    [InlineData(ProposalStatus.Merged)]
    [InlineData(ProposalStatus.Withdrawn)]
    public void only_a_submitted_item_can_be_merged(ProposalStatus status)
    {
        Then.StateForbids(When(Given.ProposalIn(status), Target()));
    }

    [Theory]
    [InlineData(ProposalStatus.Declined)]
    [InlineData(ProposalStatus.Converted)]
    [InlineData(ProposalStatus.Merged)]
    [InlineData(ProposalStatus.Withdrawn)]
    public void a_target_closed_for_handling_cannot_take_a_merged_item(ProposalStatus targetStatus)
    {
        Then.StateForbids(When(SubmittedItem, Target(targetStatus)));
    }
}
