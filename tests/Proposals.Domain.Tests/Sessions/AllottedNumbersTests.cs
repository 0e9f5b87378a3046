using Proposals.Domain.Sessions;

namespace Proposals.Domain.Tests.Sessions;

public sealed class AllottedNumbersTests
{
    private static AllottedNumbers.Run Run(int first, int last) => new(first, last);

    [Fact]
    public void numbers_handed_out_in_order_are_one_run()
    {
        var numbers = AllottedNumbers.Of(Enumerable.Range(1, 5000));

        Assert.Equal([Run(1, 5000)], numbers.Runs.ToArray());
        Assert.Equal((5000, 5000), (numbers.Count, numbers.Max));
    }

    [Fact]
    public void a_number_between_two_runs_joins_them_and_one_apart_starts_its_own()
    {
        var numbers = AllottedNumbers.Of([1, 2, 4, 5, 9]);
        Assert.Equal([Run(1, 2), Run(4, 5), Run(9, 9)], numbers.Runs.ToArray());

        numbers = numbers.Add(3).Add(7);

        Assert.Equal([Run(1, 5), Run(7, 7), Run(9, 9)], numbers.Runs.ToArray());
        Assert.Equal([1, 2, 3, 4, 5, 7, 9], numbers);
        Assert.Equal((7, 9), (numbers.Count, numbers.Max));
    }

    [Fact]
    public void a_number_joins_the_run_it_extends_at_either_end()
    {
        var numbers = AllottedNumbers.Of([5, 6]).Add(4).Add(7);

        Assert.Equal([Run(4, 7)], numbers.Runs.ToArray());
    }

    [Fact]
    public void contains_answers_for_numbers_in_before_after_and_between_runs()
    {
        var numbers = AllottedNumbers.Of([2, 3, 4, 8]);

        Assert.Equal([false, true, true, true, false, false, false, true, false],
            Enumerable.Range(1, 9).Select(numbers.Contains));
        Assert.False(AllottedNumbers.None.Contains(1));
    }

    [Fact]
    public void adding_a_number_already_there_changes_nothing()
    {
        var numbers = AllottedNumbers.Of([1, 2, 3]);

        Assert.Same(numbers, numbers.Add(2));
    }

    [Fact]
    public void none_is_empty_and_its_highest_is_zero()
    {
        Assert.Empty(AllottedNumbers.None);
        Assert.Equal((0, 0), (AllottedNumbers.None.Count, AllottedNumbers.None.Max));
    }

    [Fact]
    public void runs_as_stored_are_ordered_and_merged()
    {
        var numbers = AllottedNumbers.FromRuns([Run(10, 12), Run(1, 3), Run(4, 4), Run(2, 6), Run(11, 11)]);

        Assert.Equal([Run(1, 6), Run(10, 12)], numbers.Runs.ToArray());
    }

    [Fact]
    public void a_run_that_ends_before_it_starts_is_refused()
    {
        Assert.Throws<ArgumentException>(() => AllottedNumbers.FromRuns([Run(5, 4)]));
    }
}
