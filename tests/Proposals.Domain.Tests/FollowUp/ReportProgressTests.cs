using Proposals.Domain.Common;
using Proposals.Domain.FollowUp;
using Proposals.Domain.Proposals;

namespace Proposals.Domain.Tests.FollowUp;

/// <summary>The standard item, replied in B with two commitments by its lead unit.</summary>
public class ReportProgressTests
{
    private const string Note = "已完成设计招标";
    private static readonly Actor LeadHandler = Given.HandlerOf(Given.LeadUnit);
    private static readonly DateTimeOffset At = Given.HandlingNow;
    private static readonly Commitment Design = new("完成设计", new DateOnly(2024, 6, 30));
    private static readonly Commitment Build = new("完成施工", new DateOnly(2024, 12, 31));

    private static readonly object[] RepliedWithTwo =
    [
        .. Given.HandlingHistory(ProposalStatus.InProgress),
        Given.Contacted(),
        Given.Replied(category: "b", commitments: [Design, Build]),
    ];

    private static readonly Proposal Promised = Given.Proposal(RepliedWithTwo);

    private static Decision When(Proposal proposal, int number = 1, string? note = Note, bool fulfilled = false, Actor? by = null) =>
        ReportProgress.Decide(proposal, number, note, fulfilled, by ?? LeadHandler, At);

    [Fact]
    public void the_lead_unit_reports_progress_on_a_commitment()
    {
        Then.Events(When(Promised, 1, "  " + Note + " \n"),
            new CommitmentProgressReported(Given.ProposalId, Given.LeadUnit, 1, Note, false, LeadHandler, At));
    }

    [Fact]
    public void the_lead_unit_reports_a_commitment_fulfilled()
    {
        Then.Events(When(Promised, 2, "工程已竣工", fulfilled: true),
            new CommitmentProgressReported(Given.ProposalId, Given.LeadUnit, 2, "工程已竣工", true, LeadHandler, At));
    }

    // ----- numbers -----

    [Theory]
    [InlineData(int.MinValue, false)]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]     // numbers count from 1
    [InlineData(2, true)]     // the last, n
    [InlineData(3, false)]    // n + 1
    public void a_commitment_is_numbered_from_1_in_the_latest_reply(int number, bool found)
    {
        var decision = When(Promised, number);

        if (found) Assert.Equal(number, Then.SingleEvent<CommitmentProgressReported>(decision).Number);
        else Then.NotFound(decision);
    }

    [Fact]
    public void a_reply_without_commitments_has_none_to_report_on()
    {
        Then.NotFound(When(Given.ItemIn(ProposalStatus.Replied)));
    }

    [Fact]
    public void a_unit_that_has_not_replied_has_no_commitments()
    {
        Then.NotFound(When(Given.ItemIn(ProposalStatus.InProgress, Given.Contacted())));
    }

    [Fact]
    public void a_co_organizer_has_no_commitments()
    {
        Then.NotFound(When(Promised, by: Given.HandlerOf(Given.CoUnit)));
    }

    [Fact]
    public void the_number_is_checked_before_the_note()
    {
        Then.NotFound(When(Promised, 3, " "));
    }

    [Fact]
    public void a_new_reply_replaces_the_commitments_of_the_earlier_one()
    {
        // Round 1 promised two, and the first is fulfilled; round 2's reply promises one.
        var item = Given.Proposal(
        [
            .. RepliedWithTwo,
            new CommitmentProgressReported(Given.ProposalId, Given.LeadUnit, 1, "设计完成", true, LeadHandler, Given.MorningOf(Given.HandlingToday)),
            Given.Rated(Satisfaction.Unsatisfied),
            Given.RehandlingStarted(),
            Given.Contacted(on: Given.HandlingToday),
            Given.Replied(round: 2, on: Given.HandlingToday, category: "b", commitments: Build),
        ]);

        Assert.Equal([false], item.CommitmentsFulfilled[Given.LeadUnit]);
        Then.SingleEvent<CommitmentProgressReported>(When(item, 1));
        Then.NotFound(When(item, 2));
    }

    // ----- fulfilled -----

    [Fact]
    public void a_fulfilled_commitment_takes_no_more_reports()
    {
        var item = Promised.Evolve(new CommitmentProgressReported(Given.ProposalId, Given.LeadUnit, 1, "设计完成", true, LeadHandler, At));

        Then.StateForbids(When(item, 1));
        Then.StateForbids(When(item, 1, fulfilled: true));
        Then.SingleEvent<CommitmentProgressReported>(When(item, 2));
    }

    [Fact]
    public void progress_short_of_fulfilment_leaves_the_commitment_open()
    {
        var item = Promised.Evolve(new CommitmentProgressReported(Given.ProposalId, Given.LeadUnit, 1, "设计过半", false, LeadHandler, At));

        Assert.Equal([false, false], item.CommitmentsFulfilled[Given.LeadUnit]);
        Then.SingleEvent<CommitmentProgressReported>(When(item, 1, "设计完成", true));
    }

    [Fact]
    public void fulfilment_is_recorded_for_its_commitment_only()
    {
        var item = Promised.Evolve(new CommitmentProgressReported(Given.ProposalId, Given.LeadUnit, 2, "工程竣工", true, LeadHandler, At));

        Assert.Equal([false, true], item.CommitmentsFulfilled[Given.LeadUnit]);
        Assert.Equal(ProposalStatus.Replied, item.Status);
    }

    // ----- when -----

    [Fact]
    public void follow_up_continues_after_the_item_is_closed()
    {
        var closed = Given.Proposal([.. RepliedWithTwo, Given.Rated(Satisfaction.Satisfied), Given.Closed()]);

        Assert.Equal(ProposalStatus.Closed, closed.Status);
        Then.SingleEvent<CommitmentProgressReported>(When(closed, 2, fulfilled: true));
    }

    [Fact]
    public void follow_up_continues_while_the_item_is_handled_again()
    {
        var rehandling = Given.Proposal([.. RepliedWithTwo, Given.Rated(Satisfaction.Unsatisfied), Given.RehandlingStarted()]);

        Then.SingleEvent<CommitmentProgressReported>(When(rehandling, 2));
    }

    // ----- note -----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void a_report_needs_a_note(string? note)
    {
        Then.InvalidField(When(Promised, note: note), "note");
    }

    [Theory]
    [InlineData(2_000, true)]
    [InlineData(2_001, false)]
    public void the_note_may_have_at_most_2000_characters(int length, bool accepted)
    {
        var decision = When(Promised, note: new string('进', length));

        if (accepted) Assert.Equal(length, Then.SingleEvent<CommitmentProgressReported>(decision).Note.Length);
        else Then.InvalidField(decision, "note");
    }

    // ----- who -----

    [Theory]
    [InlineData(Role.Proposer)]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.Admin)]
    public void only_a_handler_reports_progress(Role role)
    {
        Then.NotPermitted(When(Promised, by: Given.ActorIn(role)));
    }

    [Theory]
    [InlineData(Given.OtherUnit)]
    [InlineData(Given.SecondLeadUnit)]
    [InlineData(null)]
    public void a_handler_reports_only_for_a_unit_the_item_is_assigned_to(string? unit)
    {
        Then.NotPermitted(When(Promised, by: Given.HandlerOf(unit)));
    }
}
