using System.Text.Json;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Handling;

public sealed class RatingTests(AppFixture fixture) : HandlingTest(fixture)
{
    private static readonly object Satisfied = new { attitude = "satisfied", result = "satisfied" };
    private static readonly object Unsatisfied = new { attitude = "basically-satisfied", result = "unsatisfied", comment = "实训基地选址未征求代表意见" };

    [Fact]
    public async Task a_satisfied_proposer_closes_the_item()
    {
        var id = await Replied();

        var result = await Step(id, "ratings", Chen, 200, new { attitude = "satisfied", result = "satisfied", comment = " 办理认真 " });

        Assert.Equal("closed", Status(ReadJson(result)));
        var item = await Read(id, Chen);
        Assert.Equal("closed", Status(item));
        Assert.Equal("The proposer rated the result satisfactory.", item.GetProperty("closureReason").GetString());
        Assert.NotEqual(JsonValueKind.Null, item.GetProperty("closedAt").ValueKind);
        var rating = Assert.Single(Items(item, "ratings"));
        Assert.Equal(1, rating.GetProperty("round").GetInt32());
        Assert.Equal(("satisfied", "satisfied"), (rating.GetProperty("attitude").GetString(), rating.GetProperty("result").GetString()));
        Assert.Equal("办理认真", rating.GetProperty("comment").GetString());
        Assert.Equal(["reply-rated", "proposal-closed"], (await HistoryTypes(id)).TakeLast(2));
    }

    [Fact]
    public async Task a_rating_is_taken_on_the_last_day_of_the_window()
    {
        var id = await Replied();

        await AdvanceTo(WorkingDaysAfter(Today, 20));

        Assert.Equal("closed", Status(ReadJson(await Step(id, "ratings", Chen, 200, Satisfied))));
    }

    [Fact]
    public async Task after_the_window_a_rating_is_409_and_the_office_closes_the_item()
    {
        var id = await Replied();

        await AdvanceTo(WorkingDaysAfter(Today, 20));
        await AdvanceDays(1);
        var refused = ReadJson(await Step(id, "ratings", Chen, 409, Satisfied));

        Assert.Contains("(20 working days)", refused.GetProperty("detail").GetString());
        Assert.Equal("replied", Status(await Read(id, Office)));
        await Step(id, "closure", Office, 200, new { });
    }

    [Fact]
    public async Task the_window_is_the_jurisdictions_own_and_counts_its_working_days()
    {
        await SetPolicy(new { ratingWindowWorkingDays = 5 });
        var id = await Replied();

        await AdvanceTo(WorkingDaysAfter(Today, 5));
        await AdvanceDays(1);

        Assert.Contains("(5 working days)", ReadJson(await Step(id, "ratings", Chen, 409, Satisfied)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task a_basically_satisfied_result_closes_the_item_too()
    {
        var id = await Replied();

        await Step(id, "ratings", Chen, 200, new { attitude = "basically-satisfied", result = "basically-satisfied" });

        var item = await Read(id, Office);
        Assert.Equal("closed", Status(item));
        Assert.Equal("basically-satisfied", Assert.Single(Items(item, "ratings")).GetProperty("result").GetString());
    }

    [Fact]
    public async Task an_unsatisfied_attitude_with_a_satisfied_result_closes_the_item()
    {
        var id = await Replied();

        await Step(id, "ratings", Chen, 200, new { attitude = "unsatisfied", result = "satisfied", comment = "沟通不够及时" });

        Assert.Equal("closed", Status(await Read(id, Office)));
    }

    [Fact]
    public async Task an_unsatisfied_result_sends_the_item_back_for_another_round_due_a_month_later()
    {
        var id = await Replied();

        var result = await Step(id, "ratings", Chen, 200, Unsatisfied);

        Assert.Equal("rehandling", Status(ReadJson(result)));
        var item = await Read(id, Edu);
        Assert.Equal("rehandling", Status(item));
        Assert.Equal(2, item.GetProperty("round").GetInt32());
        Assert.Equal(Today.AddMonths(1), DateOf(item, "dueOn"));
        Assert.Equal(Today.AddMonths(1).DayNumber - Today.DayNumber, item.GetProperty("daysLeft").GetInt32());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("repliedOn").ValueKind);
        var rating = Assert.Single(Items(item, "ratings"));
        Assert.Equal(("unsatisfied", "实训基地选址未征求代表意见"), (rating.GetProperty("result").GetString(), rating.GetProperty("comment").GetString()));
        Assert.Equal(["reply-rated", "rehandling-started"], (await HistoryTypes(id)).TakeLast(2));
    }

    [Fact]
    public async Task in_the_new_round_the_unit_contacts_the_proposer_again_replies_again_and_is_rated_again()
    {
        var id = await Replied();
        await Step(id, "ratings", Chen, 200, Unsatisfied);

        await Step(id, "replies", Edu, 409, ReplyBody("b", [new { description = "重新选址", dueOn = Today.AddMonths(3) }]));
        await Step(id, "contacts", Edu, 200, ContactBody(Today));
        await Step(id, "replies", Edu, 200, ReplyBody("b", [new { description = "重新选址", dueOn = Today.AddMonths(3) }]));
        await Step(id, "ratings", Chen, 200, Satisfied);

        var item = await Read(id, Chen);
        Assert.Equal("closed", Status(item));
        Assert.Equal([1, 2], Items(item, "replies").Select(r => r.GetProperty("round").GetInt32()));
        Assert.Equal([1, 2], Items(item, "ratings").Select(r => r.GetProperty("round").GetInt32()));
    }

    [Theory]
    [InlineData("attitude left out", "attitude")]
    [InlineData("result left out", "result")]
    [InlineData("unsatisfied result without a comment", "comment")]
    [InlineData("unsatisfied attitude with a blank comment", "comment")]
    [InlineData("comment too long", "comment")]
    public async Task bad_input_is_400_naming_the_field_and_stores_nothing(string @case, string field)
    {
        var id = await Replied();
        object body = @case switch
        {
            "attitude left out" => new { result = "satisfied" },
            "result left out" => new { attitude = "satisfied" },
            "unsatisfied result without a comment" => new { attitude = "satisfied", result = "unsatisfied" },
            "unsatisfied attitude with a blank comment" => new { attitude = "unsatisfied", result = "satisfied", comment = "  " },
            "comment too long" => new { attitude = "satisfied", result = "satisfied", comment = Chars(2_001) },
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        var result = await Step(id, "ratings", Chen, 400, body);

        Assert.Equal([field], ErrorFields(result));
        Assert.Equal("replied", Status(await Read(id, Office)));
    }

    [Fact]
    public async Task both_missing_marks_are_named_at_once()
    {
        var id = await Replied();

        Assert.Equal(["attitude", "result"], ErrorFields(await Step(id, "ratings", Chen, 400, new { })).Order());
    }

    [Fact]
    public async Task an_unknown_mark_is_400()
    {
        var id = await Replied();

        await Step(id, "ratings", Chen, 400, new { attitude = "great", result = "satisfied" });

        Assert.Empty(Items(await Read(id, Office), "ratings"));
    }

    [Fact]
    public async Task a_co_signer_does_not_rate_only_the_lead_proposer_does()
    {
        await CreateUnits();
        var coSigner = User.Proposer("li-ming", "李明");
        var id = await Registered(coSigners: [new { id = coSigner.Id, name = coSigner.Name }]);
        await Step(id, "assignment", Office, 200, new { leadUnits = new[] { EduUnit } });
        await Step(id, "contacts", Edu, 200, ContactBody(Today));
        await Step(id, "replies", Edu, 200, ReplyBody());
        Assert.Equal("replied", Status(await Read(id, coSigner)));

        await Step(id, "ratings", coSigner, 403, Satisfied);

        Assert.Empty(Items(await Read(id, Office), "ratings"));
        await Step(id, "ratings", Chen, 200, Satisfied);
    }

    [Fact]
    public async Task nobody_but_the_proposer_rates()
    {
        var id = await Replied();

        await Step(id, "ratings", null, 401, Satisfied);
        await Step(id, "ratings", OtherDeputy, 403, Satisfied);
        await Step(id, "ratings", User.Proposer(tenant: "tianjin"), 403, Satisfied);
        await Step(id, "ratings", Office, 403, Satisfied);
        await Step(id, "ratings", Edu, 403, Satisfied);
        await Step(id, "ratings", User.Admin(), 403, Satisfied);

        Assert.Empty(Items(await Read(id, Office), "ratings"));
    }

    [Fact]
    public async Task rating_before_the_reply_is_409()
    {
        var id = await AssignedToEdu();
        await Step(id, "contacts", Edu, 200, ContactBody(Today));

        await Step(id, "ratings", Chen, 409, Satisfied);

        Assert.Empty(Items(await Read(id, Office), "ratings"));
    }

    [Fact]
    public async Task before_every_lead_unit_replied_rating_is_409()
    {
        await CreateUnits();
        var id = await Assigned([EduUnit, EconUnit]);
        await Step(id, "contacts", Edu, 200, ContactBody(Today));
        await Step(id, "replies", Edu, 200, ReplyBody());

        await Step(id, "ratings", Chen, 409, Satisfied);
    }

    [Fact]
    public async Task a_reply_is_rated_once()
    {
        var id = await Replied();
        await Step(id, "ratings", Chen, 200, Satisfied);

        await Step(id, "ratings", Chen, 409, Unsatisfied);

        Assert.Single(Items(await Read(id, Office), "ratings"));
    }

    [Fact]
    public async Task an_item_the_office_closed_is_not_rated()
    {
        var id = await Closed();

        await Step(id, "ratings", Chen, 409, Satisfied);
    }

    [Fact]
    public async Task a_stale_if_match_is_412_and_changes_nothing()
    {
        var id = await Replied();
        var version = await EventCount(id);

        await Step(id, "ratings", Chen, 412, Satisfied, ifMatch: $"\"{version - 1}\"");
        Assert.Equal("replied", Status(await Read(id, Office)));

        await Step(id, "ratings", Chen, 200, Satisfied, ifMatch: $"\"{version}\"");
    }

    [Fact]
    public async Task an_unknown_item_is_404()
    {
        await Step(Guid.NewGuid(), "ratings", Chen, 404, Satisfied);
    }
}
