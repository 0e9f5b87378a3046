using System.Text.Json;
using Proposals.Api.Tests.Handling;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Review;

/// <summary>并案: a merged item is handled with another, and its proposer still gets the reply.</summary>
public sealed class MergedItemRepliesTests(AppFixture fixture) : HandlingTest(fixture)
{
    private static readonly User Li = User.Proposer("li-ming", "李明");

    [Fact]
    public async Task the_proposer_of_a_merged_item_reads_the_reply_of_the_item_it_was_merged_into()
    {
        await CreateUnits();
        var session = await OpenSession();
        var main = await Submit(Chen, session);
        var merged = await Submit(Li, session, title: "关于推进江津区职业院校校企合作的建议");
        await Step(main, "registration", Office, 200);
        await Step(merged, "merge", Office, 200, new { intoId = main });

        var pending = (await Read(merged, Li)).GetProperty("handledWith");
        Assert.Equal((main, "registered"), (pending.GetProperty("id").GetGuid(), pending.GetProperty("status").GetString()));
        Assert.Empty(pending.GetProperty("replies").EnumerateArray());

        await Step(main, "assignment", Office, 200, new { leadUnits = new[] { EduUnit }, coUnits = Array.Empty<string>() });
        await Step(main, "contacts", Edu, 200, ContactBody(Today));
        await Step(main, "replies", Edu, 200, ReplyBody());

        var answered = (await Read(merged, Li)).GetProperty("handledWith");
        Assert.Equal(("replied", "关于加强江津区职业院校产教融合的建议"), (answered.GetProperty("status").GetString(), answered.GetProperty("title").GetString()));
        var reply = Assert.Single(answered.GetProperty("replies").EnumerateArray());
        Assert.Equal((EduUnit, "答复正文"), (reply.GetProperty("unit").GetString(), reply.GetProperty("content").GetString()));
        Assert.Equal("merged", Status(await Read(merged, Li)));
        await Get($"/api/jiangjin/proposals/{main}", Li, 404); // the other item itself stays its own proposer's
    }

    [Fact]
    public async Task an_item_that_was_not_merged_names_no_other_item()
    {
        var id = await Replied();

        var item = await Read(id, Chen);

        Assert.True(!item.TryGetProperty("handledWith", out var handledWith) || handledWith.ValueKind == JsonValueKind.Null);
    }
}
