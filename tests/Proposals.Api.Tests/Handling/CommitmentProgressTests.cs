using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Handling;

public sealed class CommitmentProgressTests(AppFixture fixture) : HandlingTest(fixture)
{
    private static readonly object Progress = new { note = "选址已完成，正在招标" };

    private Task<Guid> RepliedWithTwoCommitments() =>
        Replied(BCategoryReply(("新建实训基地", Today.AddMonths(6)), ("修订校企合作办法", Today.AddMonths(12))));

    [Fact]
    public async Task the_lead_unit_reports_progress_on_a_commitment_until_it_is_fulfilled()
    {
        var id = await RepliedWithTwoCommitments();

        await Step(id, "commitments/1/progress", Edu, 200, new { note = "  选址已完成，正在招标  " });
        var halfway = Items(Assert.Single(Items(await Read(id, Chen), "replies")), "commitments");
        Assert.False(halfway[0].GetProperty("fulfilled").GetBoolean());
        var first = Assert.Single(Items(halfway[0], "progress"));
        Assert.Equal("选址已完成，正在招标", first.GetProperty("note").GetString());
        Assert.False(first.GetProperty("fulfilled").GetBoolean());
        Assert.Equal(Edu.Id, first.GetProperty("by").GetProperty("id").GetString());

        var result = await Step(id, "commitments/1/progress", Edu, 200, new { note = "实训基地已建成投用", fulfilled = true });

        Assert.Equal("replied", Status(ReadJson(result)));
        var commitments = Items(Assert.Single(Items(await Read(id, Chen), "replies")), "commitments");
        Assert.True(commitments[0].GetProperty("fulfilled").GetBoolean());
        Assert.Equal(2, Items(commitments[0], "progress").Length);
        Assert.False(commitments[1].GetProperty("fulfilled").GetBoolean());
        Assert.Empty(Items(commitments[1], "progress"));
        Assert.Equal("commitment-progress-reported", (await HistoryTypes(id)).Last());
    }

    [Fact]
    public async Task a_fulfilled_commitment_takes_no_more_progress()
    {
        var id = await RepliedWithTwoCommitments();
        await Step(id, "commitments/2/progress", Edu, 200, new { note = "办法已印发", fulfilled = true });

        await Step(id, "commitments/2/progress", Edu, 409, Progress);

        var commitments = Items(Assert.Single(Items(await Read(id, Office), "replies")), "commitments");
        Assert.Single(Items(commitments[1], "progress"));
    }

    [Fact]
    public async Task follow_up_goes_on_after_the_item_is_closed()
    {
        var id = await RepliedWithTwoCommitments();
        await Step(id, "ratings", Chen, 200, new { attitude = "satisfied", result = "basically-satisfied" });

        await Step(id, "commitments/1/progress", Edu, 200, new { note = "实训基地已建成投用", fulfilled = true });

        var item = await Read(id, Office);
        Assert.Equal("closed", Status(item));
        Assert.True(Items(Assert.Single(Items(item, "replies")), "commitments")[0].GetProperty("fulfilled").GetBoolean());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-1)]
    public async Task a_commitment_number_out_of_range_is_404(int n)
    {
        var id = await RepliedWithTwoCommitments();

        await Step(id, $"commitments/{n}/progress", Edu, 404, Progress);
    }

    [Fact]
    public async Task a_reply_without_commitments_has_none_to_report_on()
    {
        var id = await Replied();

        await Step(id, "commitments/1/progress", Edu, 404, Progress);
    }

    [Fact]
    public async Task a_unit_that_has_not_replied_has_no_commitment_to_report_on()
    {
        var id = await Replied(BCategoryReply(("新建实训基地", Today.AddMonths(6))), coUnits: [EconUnit]);

        await Step(id, "commitments/1/progress", Econ, 404, Progress);
    }

    [Theory]
    [InlineData("left out")]
    [InlineData("blank")]
    [InlineData("too long")]
    public async Task a_missing_or_overlong_note_is_400(string @case)
    {
        var id = await RepliedWithTwoCommitments();
        object body = @case switch
        {
            "left out" => new { fulfilled = true },
            "blank" => new { note = " " },
            "too long" => new { note = Chars(2_001) },
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        var result = await Step(id, "commitments/1/progress", Edu, 400, body);

        Assert.Equal(["note"], ErrorFields(result));
        var commitments = Items(Assert.Single(Items(await Read(id, Office), "replies")), "commitments");
        Assert.Empty(Items(commitments[0], "progress"));
    }

    [Fact]
    public async Task only_a_handler_of_the_unit_that_promised_reports()
    {
        var id = await RepliedWithTwoCommitments();

        await Step(id, "commitments/1/progress", null, 401, Progress);
        await Step(id, "commitments/1/progress", Office, 403, Progress);
        await Step(id, "commitments/1/progress", Chen, 403, Progress);
        await Step(id, "commitments/1/progress", Hrss, 403, Progress);
        await Step(id, "commitments/1/progress", TianjinHandler, 403, Progress);

        var commitments = Items(Assert.Single(Items(await Read(id, Office), "replies")), "commitments");
        Assert.Empty(Items(commitments[0], "progress"));
    }

    [Fact]
    public async Task a_stale_if_match_is_412_and_changes_nothing()
    {
        var id = await RepliedWithTwoCommitments();
        var version = await EventCount(id);

        await Step(id, "commitments/1/progress", Edu, 412, Progress, ifMatch: $"\"{version - 1}\"");
        await Step(id, "commitments/1/progress", Edu, 200, Progress, ifMatch: $"\"{version}\"");

        var commitments = Items(Assert.Single(Items(await Read(id, Office), "replies")), "commitments");
        Assert.Single(Items(commitments[0], "progress"));
    }

    [Fact]
    public async Task an_unknown_item_is_404()
    {
        await Step(Guid.NewGuid(), "commitments/1/progress", Edu, 404, Progress);
    }
}
