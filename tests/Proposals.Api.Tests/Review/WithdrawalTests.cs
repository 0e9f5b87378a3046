using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Review;

public sealed class WithdrawalTests(AppFixture fixture) : ApiTest(fixture)
{
    private static readonly User Chen = User.Proposer();
    private static readonly User Li = User.Proposer("li-ming", "李明");

    [Fact]
    public async Task the_submitter_withdraws_before_review()
    {
        var id = await Submit(Chen, await OpenSession());

        var result = await Step(id, "withdrawal", Chen, 200);

        Assert.Equal("withdrawn", ReadJson(result).GetProperty("status").GetString());
        Assert.Equal("withdrawn", ReadJson(await Get($"/api/jiangjin/proposals/{id}", Chen)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task a_joint_item_is_withdrawn_only_when_every_signer_agreed()
    {
        var id = await Submit(Chen, await OpenSession(), coSigners: [new { id = "li-ming", name = "李明" }, new { name = "王芳" }]);

        Assert.Equal("submitted", ReadJson(await Step(id, "withdrawal", Chen, 200)).GetProperty("status").GetString());
        await Step(id, "withdrawal", Chen, 409);
        Assert.Equal("withdrawn", ReadJson(await Step(id, "withdrawal", Li, 200)).GetProperty("status").GetString());

        var history = ReadJson(await Get($"/api/jiangjin/proposals/{id}/history", Li));
        Assert.Equal(["proposal-submitted", "withdrawal-agreed", "proposal-withdrawn"],
            history.EnumerateArray().Select(e => e.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task someone_who_did_not_sign_cannot_withdraw()
    {
        var id = await Submit(Chen, await OpenSession());
        await Step(id, "withdrawal", Li, 403);
        await Step(id, "withdrawal", User.Coordinator(), 403);
    }

    [Fact]
    public async Task after_review_withdrawal_is_409()
    {
        var id = await Submit(Chen, await OpenSession());
        await Step(id, "registration", User.Coordinator(), 200);

        await Step(id, "withdrawal", Chen, 409);
    }

    [Fact]
    public async Task a_stale_if_match_is_412()
    {
        var id = await Submit(Chen, await OpenSession());
        await Step(id, "withdrawal", Chen, 412, ifMatch: "\"2\"");
        await Step(id, "withdrawal", Chen, 200, ifMatch: "\"1\"");
    }
}
