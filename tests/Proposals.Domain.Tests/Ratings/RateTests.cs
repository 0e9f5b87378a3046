using Proposals.Domain.Common;
using Proposals.Domain.Policy;
using Proposals.Domain.Proposals;
using Proposals.Domain.Ratings;

namespace Proposals.Domain.Tests.Ratings;

/// <summary>The standard item, replied on 19 February 2024; "now" is 20 February.</summary>
public class RateTests
{
    private const string Satisfactory = "The proposer rated the result satisfactory.";
    private static readonly Actor Proposer = Given.Proposer();
    private static readonly DateTimeOffset At = Given.HandlingNow;
    private static readonly Proposal RepliedItem = Given.ItemIn(ProposalStatus.Replied);

    private static RateReply Command(Satisfaction? attitude = Satisfaction.Satisfied, Satisfaction? result = Satisfaction.Satisfied, string? comment = null) =>
        new(attitude, result, comment);

    private static Decision When(Proposal proposal, RateReply? command = null, Actor? by = null, DateTimeOffset? at = null, HandlingPolicy? policy = null) =>
        Rate.Decide(proposal, command ?? Command(), policy ?? HandlingPolicy.Default, Given.SpringFestival2024, by ?? Proposer, at ?? At);

    // ----- satisfied: closed -----

    [Fact]
    public void a_satisfied_proposer_closes_the_item()
    {
        Then.Events(When(RepliedItem),
            new ReplyRated(Given.ProposalId, 1, Satisfaction.Satisfied, Satisfaction.Satisfied, null, Proposer, At),
            new ProposalClosed(Given.ProposalId, Satisfactory, Proposer, At));
    }

    [Theory]
    [InlineData(Satisfaction.Satisfied, Satisfaction.BasicallySatisfied, null)]
    [InlineData(Satisfaction.BasicallySatisfied, Satisfaction.BasicallySatisfied, "  基本满意 ")]
    [InlineData(Satisfaction.BasicallySatisfied, Satisfaction.Satisfied, null)]
    [InlineData(Satisfaction.Unsatisfied, Satisfaction.Satisfied, "态度不够积极")]
    [InlineData(Satisfaction.Unsatisfied, Satisfaction.BasicallySatisfied, "态度不够积极")]
    public void a_result_rated_satisfied_or_basically_satisfied_closes_the_item_whatever_the_attitude(
        Satisfaction attitude, Satisfaction result, string? comment)
    {
        Then.Events(When(RepliedItem, Command(attitude, result, comment)),
            new ReplyRated(Given.ProposalId, 1, attitude, result, comment?.Trim(), Proposer, At),
            new ProposalClosed(Given.ProposalId, Satisfactory, Proposer, At));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void a_blank_comment_is_recorded_as_absent(string comment)
    {
        Assert.Null(Assert.IsType<ReplyRated>(When(RepliedItem, Command(comment: comment)).Events[0]).Comment);
    }

    // ----- unsatisfied: another round -----

    [Theory]
    [InlineData(Satisfaction.Satisfied)]
    [InlineData(Satisfaction.BasicallySatisfied)]
    [InlineData(Satisfaction.Unsatisfied)]
    public void an_unsatisfied_result_starts_round_2_due_a_month_from_today(Satisfaction attitude)
    {
        Then.Events(When(RepliedItem, Command(attitude, Satisfaction.Unsatisfied, " 问题没有解决 ")),
            new ReplyRated(Given.ProposalId, 1, attitude, Satisfaction.Unsatisfied, "问题没有解决", Proposer, At),
            new RehandlingStarted(Given.ProposalId, 2, new DateOnly(2024, 2, 20), new DateOnly(2024, 3, 20), Proposer, At));
    }

    [Fact]
    public void the_policy_sets_how_many_months_rehandling_takes()
    {
        var decision = When(RepliedItem, Command(result: Satisfaction.Unsatisfied, comment: "未解决"),
            policy: HandlingPolicy.Default with { RehandlingMonths = 2 });

        Assert.Equal(new DateOnly(2024, 4, 20), Assert.IsType<RehandlingStarted>(decision.Events[1]).DueOn);
    }

    [Fact]
    public void the_start_of_rehandling_is_the_date_in_china()
    {
        var at = new DateTimeOffset(2024, 2, 19, 17, 0, 0, TimeSpan.Zero);   // 01:00 on 20 February in China

        var started = Assert.IsType<RehandlingStarted>(When(RepliedItem, Command(result: Satisfaction.Unsatisfied, comment: "未解决"), at: at).Events[1]);

        Assert.Equal(new DateOnly(2024, 2, 20), started.StartedOn);
        Assert.Equal(new DateOnly(2024, 3, 20), started.DueOn);
    }

    [Fact]
    public void rehandling_started_on_the_last_day_of_january_is_due_on_the_last_day_of_february()
    {
        var item = Given.ItemIn(ProposalStatus.Registered,
            Given.Assigned(on: new DateOnly(2023, 12, 1)), Given.Contacted(on: new DateOnly(2023, 12, 5)), Given.Replied(on: new DateOnly(2024, 1, 30)));

        var started = Assert.IsType<RehandlingStarted>(
            When(item, Command(result: Satisfaction.Unsatisfied, comment: "未解决"), at: Given.ChinaTimeAt(2024, 1, 31)).Events[1]);

        Assert.Equal(new DateOnly(2024, 2, 29), started.DueOn);
    }

    [Fact]
    public void an_unsatisfied_second_round_starts_a_third()
    {
        var item = Given.ItemIn(ProposalStatus.Rehandling,
            Given.Contacted(on: new DateOnly(2024, 2, 20)), Given.Replied(round: 2, on: new DateOnly(2024, 3, 1)));
        var at = Given.ChinaTimeAt(2024, 3, 4);

        Then.Events(When(item, Command(result: Satisfaction.Unsatisfied, comment: "仍未解决"), at: at),
            new ReplyRated(Given.ProposalId, 2, Satisfaction.Satisfied, Satisfaction.Unsatisfied, "仍未解决", Proposer, at),
            new RehandlingStarted(Given.ProposalId, 3, new DateOnly(2024, 3, 4), new DateOnly(2024, 4, 4), Proposer, at));
    }

    // ----- fields -----

    [Theory]
    [InlineData(Satisfaction.Unsatisfied, Satisfaction.Satisfied, null)]
    [InlineData(Satisfaction.Satisfied, Satisfaction.Unsatisfied, "")]
    [InlineData(Satisfaction.Unsatisfied, Satisfaction.Unsatisfied, "   ")]
    public void an_unsatisfied_proposer_says_why(Satisfaction attitude, Satisfaction result, string? comment)
    {
        Then.InvalidField(When(RepliedItem, Command(attitude, result, comment)), "comment");
    }

    [Theory]
    [InlineData(2_000, true)]
    [InlineData(2_001, false)]
    public void the_comment_may_have_at_most_2000_characters(int length, bool accepted)
    {
        var decision = When(RepliedItem, Command(comment: new string('评', length)));

        if (accepted) Assert.Equal(length, Assert.IsType<ReplyRated>(decision.Events[0]).Comment?.Length);
        else Then.InvalidField(decision, "comment");
    }

    [Fact]
    public void the_attitude_is_required()
    {
        Then.InvalidField(When(RepliedItem, Command(attitude: null)), "attitude");
    }

    [Fact]
    public void the_result_is_required()
    {
        Then.InvalidField(When(RepliedItem, Command(result: null)), "result");
    }

    [Fact]
    public void every_invalid_field_is_reported_at_once()
    {
        Assert.Equal(["attitude", "result"], Then.InvalidFields(When(RepliedItem, Command(null, null))));
        Assert.Equal(["result", "comment"], Then.InvalidFields(When(RepliedItem, Command(Satisfaction.Unsatisfied, null))));
    }

    [Fact]
    public void the_fields_are_checked_before_the_state()
    {
        Then.InvalidField(When(Given.ItemIn(ProposalStatus.Closed), Command(attitude: null)), "attitude");
    }

    // ----- who -----

    [Theory]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.Handler)]
    [InlineData(Role.Admin)]
    public void only_the_proposer_rates(Role role)
    {
        Then.NotPermitted(When(RepliedItem, by: Given.ActorIn(role)));
    }

    [Fact]
    public void a_co_signer_does_not_rate()
    {
        var item = Given.Proposal([Given.Submitted(coSigners: new CoSigner("u-co", "李代表")), .. Given.HandlingHistory(ProposalStatus.Replied)[1..]]);

        Then.NotPermitted(When(item, by: Given.CoSignerActor("u-co")));
    }

    [Fact]
    public void another_proposer_does_not_rate()
    {
        Then.NotPermitted(When(RepliedItem, by: Given.Proposer("u-other", "孙代表")));
    }

    [Theory]
    [InlineData(Role.Coordinator)]
    [InlineData(Role.Handler)]
    [InlineData(Role.Admin)]
    public void the_proposers_account_rates_only_in_the_proposer_role(Role role)
    {
        Then.NotPermitted(When(RepliedItem, by: new Actor(Proposer.Id, Proposer.Name, role)));
    }

    [Fact]
    public void permission_is_checked_before_the_fields()
    {
        Then.NotPermitted(When(RepliedItem, Command(null, null), Given.Coordinator()));
    }

    // ----- state -----

    [Theory]
    [InlineData(ProposalStatus.Submitted)]
    [InlineData(ProposalStatus.Registered)]
    [InlineData(ProposalStatus.Declined)]
    [InlineData(ProposalStatus.Converted)]
    [InlineData(ProposalStatus.Merged)]
    [InlineData(ProposalStatus.Withdrawn)]
    [InlineData(ProposalStatus.Assigned)]
    [InlineData(ProposalStatus.InProgress)]
    [InlineData(ProposalStatus.Rehandling)]
    [InlineData(ProposalStatus.Closed)]
    public void only_a_replied_item_is_rated(ProposalStatus status)
    {
        Then.StateForbids(When(Given.ItemIn(status)));
    }

    // ----- the rating window: 20 working days from the reply -----

    // Replied on 7 February 2024: with the Spring Festival calendar the 20 working days end on 12 March (see CloseTests).
    private static readonly Proposal RepliedOnFebruary7 = Given.ItemIn(ProposalStatus.Registered,
        Given.Assigned(on: new DateOnly(2024, 2, 1)), Given.Acknowledged(on: new DateOnly(2024, 2, 1)),
        Given.Contacted(on: new DateOnly(2024, 2, 5)), Given.Replied(on: new DateOnly(2024, 2, 7)));

    [Theory]
    [InlineData(2024, 3, 12, 23, 59, true)]   // the last day of the window
    [InlineData(2024, 3, 13, 0, 0, false)]    // the day after, China time
    [InlineData(2024, 2, 7, 18, 0, true)]     // the day of the reply
    public void a_rating_is_taken_until_the_window_closes(int year, int month, int day, int hour, int minute, bool accepted)
    {
        var decision = When(RepliedOnFebruary7, at: Given.ChinaTimeAt(year, month, day, hour, minute));

        if (accepted) Assert.IsType<ReplyRated>(decision.Events[0]);
        else Assert.Contains("closed on 2024-03-12 (20 working days)", Then.Broken<StateForbids>(decision).Message);
    }

    [Fact]
    public void the_window_is_the_jurisdictions_own()
    {
        // Five working days after 7 February: 8, 9, 18 (a Sunday worked), 19 and 20 February.
        var fiveDays = HandlingPolicy.Default with { RatingWindowWorkingDays = 5 };

        Assert.IsType<ReplyRated>(When(RepliedOnFebruary7, at: Given.ChinaTimeAt(2024, 2, 20, 10), policy: fiveDays).Events[0]);
        Assert.Contains("closed on 2024-02-20", Then.Broken<StateForbids>(When(RepliedOnFebruary7, at: Given.ChinaTimeAt(2024, 2, 21, 10), policy: fiveDays)).Message);
    }

    // ----- evolving -----

    [Fact]
    public void a_satisfied_rating_leaves_the_item_closed()
    {
        var item = Given.After(RepliedItem, When(RepliedItem, Command(result: Satisfaction.BasicallySatisfied)));

        Assert.Equal(ProposalStatus.Closed, item.Status);
        Assert.Equal(1, item.Round);
    }

    [Fact]
    public void an_unsatisfied_rating_leaves_the_item_in_a_fresh_round()
    {
        var before = Given.ItemIn(ProposalStatus.Replied, Given.Acknowledged(Given.CoUnit), Given.Contacted(Given.CoUnit));

        var item = Given.After(before, When(before, Command(result: Satisfaction.Unsatisfied, comment: "未解决")));

        Assert.Equal(ProposalStatus.Rehandling, item.Status);
        Assert.Equal(2, item.Round);
        Assert.Equal(Given.HandlingToday, item.RoundStartedOn);
        Assert.Equal(new DateOnly(2024, 3, 20), item.RoundFirstDueOn);
        Assert.Equal(new DateOnly(2024, 3, 20), item.DueOn);
        Assert.Null(item.RepliedOn);
        Assert.Empty(item.AcknowledgedBy);
        Assert.Empty(item.ContactedBy);
        Assert.Empty(item.OpinionsFrom);
        Assert.Empty(item.RepliedBy);
        // The assignment itself is unchanged.
        Assert.Equal([Given.LeadUnit], item.LeadUnits);
        Assert.Equal([Given.CoUnit], item.CoUnits);
        Assert.Equal(Given.AssignedDay, item.AssignedOn);
    }
}
