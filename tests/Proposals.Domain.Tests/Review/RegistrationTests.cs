using Proposals.Domain.Common;
using Proposals.Domain.Proposals;
using Proposals.Domain.Review;
using Proposals.Domain.Sessions;

namespace Proposals.Domain.Tests.Review;

public class RegistrationTests
{
    private static readonly Actor Coordinator = Given.Coordinator();
    private static readonly Proposal SubmittedItem = Given.ProposalIn(ProposalStatus.Submitted);

    private static Decision When(Proposal proposal, SessionRegister register, Actor? by = null, int? importedNumber = null) =>
        Registration.Decide(proposal, register, by ?? Coordinator, Given.Now, importedNumber);

    [Fact]
    public void the_first_item_registered_in_a_session_gets_number_1()
    {
        var register = Given.Register(Given.SessionOpened());

        Then.Events(When(SubmittedItem, register),
            new ProposalRegistered(Given.ProposalId, Given.SessionId, 1, "1", Coordinator, Given.Now),
            new NumberAllotted(Given.SessionId, Given.ProposalId, 1, Coordinator, Given.Now));
    }

    [Fact]
    public void the_next_number_follows_the_highest_allotted()
    {
        var register = Given.Register(Given.SessionOpened(), Given.NumberAllotted(1), Given.NumberAllotted(2), Given.NumberAllotted(3));

        var events = When(SubmittedItem, register).Events;

        Assert.Equal(4, Assert.IsType<ProposalRegistered>(events[0]).Number);
        Assert.Equal(4, Assert.IsType<NumberAllotted>(events[1]).Number);
    }

    [Fact]
    public void the_next_number_follows_an_imported_number()
    {
        var register = Given.Register(Given.SessionOpened(), Given.NumberAllotted(1), Given.NumberAllotted(92), Given.NumberAllotted(2));

        var registered = Assert.IsType<ProposalRegistered>(When(SubmittedItem, register).Events[0]);

        Assert.Equal(93, registered.Number);
    }

    [Fact]
    public void an_imported_number_is_used_as_given()
    {
        var register = Given.Register(Given.SessionOpened(), Given.NumberAllotted(1));

        Then.Events(When(SubmittedItem, register, importedNumber: 92),
            new ProposalRegistered(Given.ProposalId, Given.SessionId, 92, "92", Coordinator, Given.Now),
            new NumberAllotted(Given.SessionId, Given.ProposalId, 92, Coordinator, Given.Now));
    }

    [Fact]
    public void an_imported_number_may_fill_a_gap_below_the_highest()
    {
        var register = Given.Register(Given.SessionOpened(), Given.NumberAllotted(1), Given.NumberAllotted(92));

        var registered = Assert.IsType<ProposalRegistered>(When(SubmittedItem, register, importedNumber: 50).Events[0]);

        Assert.Equal(50, registered.Number);
    }

    [Fact]
    public void an_imported_number_already_taken_is_refused()
    {
        var register = Given.Register(Given.SessionOpened(), Given.NumberAllotted(1), Given.NumberAllotted(92));

        Then.StateForbids(When(SubmittedItem, register, importedNumber: 92));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void an_imported_number_counts_from_1(int number)
    {
        var register = Given.Register(Given.SessionOpened());

        Then.InvalidField(When(SubmittedItem, register, importedNumber: number), "number");
    }

    [Theory]
    [InlineData(4, 447, "0447")]
    [InlineData(4, 7, "0007")]
    [InlineData(4, 12345, "12345")]
    [InlineData(3, 447, "447")]
    [InlineData(0, 447, "447")]
    public void the_display_number_is_padded_to_the_sessions_digits(int digits, int number, string display)
    {
        var register = Given.Register(Given.SessionOpened(numberDigits: digits));

        var registered = Assert.IsType<ProposalRegistered>(When(SubmittedItem, register, importedNumber: number).Events[0]);

        Assert.Equal(display, registered.DisplayNumber);
    }

    [Fact]
    public void the_display_number_of_the_next_allotted_number_is_padded()
    {
        var register = Given.Register(Given.SessionOpened(numberDigits: 4), Given.NumberAllotted(446));

        var registered = Assert.IsType<ProposalRegistered>(When(SubmittedItem, register).Events[0]);

        Assert.Equal((447, "0447"), (registered.Number, registered.DisplayNumber));
    }

    [Theory]
    [InlineData(Role.Proposer)]
    [InlineData(Role.Handler)]
    [InlineData(Role.Admin)]
    public void only_a_coordinator_may_register(Role role)
    {
        var register = Given.Register(Given.SessionOpened());

        Then.NotPermitted(When(SubmittedItem, register, Given.ActorIn(role)));
    }

    [Theory]
    [InlineData(ProposalStatus.Registered)]
    [InlineData(ProposalStatus.Declined)]
    [InlineData(ProposalStatus.Converted)]
    [InlineData(ProposalStatus.Merged)]
    [InlineData(ProposalStatus.Withdrawn)]
    public void only_a_submitted_item_can_be_registered(ProposalStatus status)
    {
        var register = Given.Register(Given.SessionOpened(), Given.NumberAllotted(1));

        Then.StateForbids(When(Given.ProposalIn(status), register));
    }

    [Fact]
    public void the_register_must_be_the_one_of_the_items_session()
    {
        var otherRegister = Given.Register(Given.SessionOpened(Given.OtherSessionId));

        Assert.Throws<ArgumentException>("register", () => When(SubmittedItem, otherRegister));
    }

    [Fact]
    public void a_register_counts_only_the_numbers_it_allotted()
    {
        var opened = Given.Register(Given.SessionOpened());

        var register = opened.Evolve(Given.NumberAllotted(1)).Evolve(Given.NumberAllotted(2)).Evolve(Given.Registered(5));

        Assert.Equal([1, 2], register.Allotted);
        Assert.Equal(3, register.NextNumber);
    }
}
