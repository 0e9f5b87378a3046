using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Review;

public sealed class DeclineConversionMergeTests(AppFixture fixture) : ApiTest(fixture)
{
    private static readonly User Chen = User.Proposer();
    private static readonly User Office = User.Coordinator();

    [Fact]
    public async Task a_declined_item_shows_its_reason_to_the_proposer()
    {
        var id = await Submit(Chen, await OpenSession());

        var result = await Step(id, "decline", Office, 200, new { reason = "属于司法机关职权范围" });

        Assert.Equal("declined", ReadJson(result).GetProperty("status").GetString());
        var read = ReadJson(await Get($"/api/jiangjin/proposals/{id}", Chen));
        Assert.Equal(("declined", "属于司法机关职权范围"), (read.GetProperty("status").GetString(), read.GetProperty("declineReason").GetString()));
    }

    [Fact]
    public async Task declining_needs_a_reason()
    {
        var id = await Submit(Chen, await OpenSession());
        Assert.Equal(["reason"], ErrorFields(await Step(id, "decline", Office, 400, new { reason = " " })));
        Assert.Equal(["reason"], ErrorFields(await Step(id, "decline", Office, 400, new { reason = new string('由', 2001) })));
        Assert.Single(await EventsOf(id));
    }

    [Fact]
    public async Task an_item_is_converted_to_an_opinion_letter_with_or_without_a_reason()
    {
        var session = await OpenSession();
        var withReason = await Submit(Chen, session);
        var without = await Submit(Chen, session);

        await Step(withReason, "conversion", Office, 200, new { reason = "内容属于一般性意见" });
        await Step(without, "conversion", Office, 200, new { });

        var read = ReadJson(await Get($"/api/jiangjin/proposals/{withReason}", Chen));
        Assert.Equal(("converted", "内容属于一般性意见"), (read.GetProperty("status").GetString(), read.GetProperty("conversionReason").GetString()));
        Assert.Equal("converted", ReadJson(await Get($"/api/jiangjin/proposals/{without}", Chen)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task an_item_is_merged_into_another_of_its_session()
    {
        var session = await OpenSession();
        var into = await Submit(Chen, session);
        var id = await Submit(User.Proposer("li-ming", "李明"), session);
        await Step(into, "registration", Office, 200);

        await Step(id, "merge", Office, 200, new { intoId = into });

        var read = ReadJson(await Get($"/api/jiangjin/proposals/{id}", Office));
        Assert.Equal(("merged", into), (read.GetProperty("status").GetString(), read.GetProperty("mergedIntoId").GetGuid()));
    }

    [Fact]
    public async Task merging_into_a_missing_foreign_or_closed_item_is_refused()
    {
        var session = await OpenSession();
        var other = await OpenSession(body: "cppcc", name: "区政协十五届三次会议");
        var id = await Submit(Chen, session);
        var foreign = await Submit(Chen, other);
        var withdrawn = await Submit(Chen, session);
        await Step(withdrawn, "withdrawal", Chen, 200);

        Assert.Equal(["intoId"], ErrorFields(await Step(id, "merge", Office, 400, new { intoId = Guid.NewGuid() })));
        Assert.Equal(["intoId"], ErrorFields(await Step(id, "merge", Office, 400, new { intoId = id })));
        Assert.Equal(["intoId"], ErrorFields(await Step(id, "merge", Office, 400, new { intoId = foreign })));
        Assert.Equal(["intoId"], ErrorFields(await Step(id, "merge", Office, 400, new { })));
        await Step(id, "merge", Office, 409, new { intoId = withdrawn });
        Assert.Single(await EventsOf(id));
    }

    [Theory]
    [InlineData("decline")]
    [InlineData("conversion")]
    [InlineData("merge")]
    public async Task review_steps_are_for_coordinators_and_only_before_review(string step)
    {
        var session = await OpenSession();
        var id = await Submit(Chen, session);
        var into = await Submit(Chen, session);
        object body = step == "merge" ? new { intoId = into } : new { reason = "理由" };

        await Step(id, step, Chen, 403, body);
        await Step(id, step, User.Handler(), 403, body);
        await Step(id, step, Office, 412, body, ifMatch: "\"9\"");

        await Step(id, "registration", Office, 200);
        await Step(id, step, Office, 409, body);
        await Step(Guid.NewGuid(), step, Office, 404, body);
    }
}
