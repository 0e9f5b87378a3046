using System.Text.Json;
using Alba;
using Proposals.Api.Infrastructure;
using Proposals.Api.Policy;
using Proposals.Api.Tests.Support;
using Proposals.Domain.Policy;

namespace Proposals.Api.Tests.Policy;

public sealed class PolicyTests(AppFixture fixture) : ApiTest(fixture)
{
    private static readonly HandlingPolicy Custom = HandlingPolicy.Default with
    {
        ReplyMonths = 2,
        ExtensionCapMonths = 1,
        TotalCapMonths = 3,
        ReassignmentWindowWorkingDays = 5,
        OpinionDueMonths = 2,
        RatingWindowWorkingDays = 15,
        RehandlingMonths = 2,
        ContactRequiredBeforeReply = false,
        ReminderDaysBefore = 3,
        PublicationWorkingDays = 30,
        Categories = [new("solved", "已解决", false), new("planned", "列入计划", true)],
    };

    [Fact]
    public async Task a_jurisdiction_without_a_policy_works_by_the_default()
    {
        var result = await Get("/api/jiangjin/policy", User.Handler());

        AssertPolicy(HandlingPolicy.Default, result);
        var categories = ReadJson(result).GetProperty("categories").EnumerateArray().ToArray();
        Assert.Equal(["a", "b", "c", "d"], categories.Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(["b"], categories.Where(c => c.GetProperty("needsCommitment").GetBoolean()).Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(3, ReadJson(result).GetProperty("replyMonths").GetInt32());
    }

    [Fact]
    public async Task a_coordinator_saves_the_policy_and_everyone_in_the_jurisdiction_reads_it()
    {
        var saved = await Put("/api/jiangjin/policy", Custom, User.Coordinator(), 200);
        AssertPolicy(Custom, saved);

        AssertPolicy(Custom, await Get("/api/jiangjin/policy", User.Proposer()));
        AssertPolicy(Custom, await Get("/api/jiangjin/policy", User.Handler()));

        await using var session = Store.QuerySession("jiangjin");
        var stored = await session.LoadAsync<TenantPolicy>(TenantPolicy.CurrentId);
        Assert.Equal("office-jiangjin", stored!.UpdatedBy);
        Assert.Equal(Serialize(Custom), Serialize(await HandlingRules.PolicyAsync(session, CancellationToken.None)));
    }

    [Fact]
    public async Task a_saved_policy_is_replaced_by_the_next()
    {
        await Put("/api/jiangjin/policy", Custom, User.Coordinator(), 200);
        await Put("/api/jiangjin/policy", HandlingPolicy.Default with { ReplyMonths = 4 }, User.Coordinator(), 200);

        var policy = Read<HandlingPolicy>(await Get("/api/jiangjin/policy", User.Handler()));
        Assert.Equal(4, policy.ReplyMonths);
        Assert.Equal(["a", "b", "c", "d"], policy.Categories.Select(c => c.Code));
    }

    [Fact]
    public async Task fields_left_out_take_their_defaults_and_labels_are_trimmed()
    {
        var result = await PutRaw("/api/jiangjin/policy",
            """{"replyMonths": 2, "categories": [{"code": "a", "label": "  已解决  "}, {"code": "b", "label": "列入计划", "needsCommitment": true}]}""",
            User.Coordinator(), 200);

        var policy = Read<HandlingPolicy>(result);
        Assert.Equal(2, policy.ReplyMonths);
        Assert.Equal(6, policy.TotalCapMonths);
        Assert.Equal(20, policy.RatingWindowWorkingDays);
        Assert.True(policy.ContactRequiredBeforeReply);
        Assert.Equal([new("a", "已解决", false), new("b", "列入计划", true)], policy.Categories);

        var stored = Read<HandlingPolicy>(await Get("/api/jiangjin/policy", User.Handler()));
        Assert.Equal(Serialize(policy), Serialize(stored));
    }

    [Fact]
    public async Task invalid_values_are_refused_naming_each_field_and_nothing_is_stored()
    {
        var invalid = Custom with
        {
            ReplyMonths = 0,
            ReminderDaysBefore = 61,
            RatingWindowWorkingDays = 121,
            Categories = [new("a", "A类", false), new("A", "", false), new("a", "又一个", false)],
        };
        var result = await Put("/api/jiangjin/policy", invalid, User.Coordinator(), 400);

        Assert.Equal(
            ["categories[1].code", "categories[1].label", "categories[2].code", "ratingWindowWorkingDays", "reminderDaysBefore", "replyMonths"],
            ErrorFields(result).Order());
        Assert.Equal(["categories"], ErrorFields(await PutRaw("/api/jiangjin/policy", """{"categories": []}""", User.Coordinator(), 400)));
        Assert.Equal(["totalCapMonths"], ErrorFields(await PutRaw("/api/jiangjin/policy", """{"replyMonths": 7}""", User.Coordinator(), 400)));
        await PutRaw("/api/jiangjin/policy", """{"replyMonths": "three"}""", User.Coordinator(), 400);

        AssertPolicy(HandlingPolicy.Default, await Get("/api/jiangjin/policy", User.Handler()));
    }

    [Fact]
    public async Task only_a_coordinator_of_the_jurisdiction_saves_its_policy()
    {
        await Put("/api/jiangjin/policy", Custom, User.Proposer(), 403);
        await Put("/api/jiangjin/policy", Custom, User.Handler(), 403);
        await Put("/api/jiangjin/policy", Custom, User.Admin(), 403);
        await Put("/api/jiangjin/policy", Custom, User.Coordinator("tianjin"), 403);
        await Put("/api/jiangjin/policy", Custom, null, 401);

        AssertPolicy(HandlingPolicy.Default, await Get("/api/jiangjin/policy", User.Handler()));
    }

    [Fact]
    public async Task reading_the_policy_needs_a_token_of_the_jurisdiction()
    {
        await Get("/api/jiangjin/policy", null, 401);
        await Get("/api/jiangjin/policy", User.Proposer(tenant: "tianjin"), 403);
        await Get("/api/nowhere/policy", User.Admin(), 404);
    }

    [Fact]
    public async Task each_jurisdiction_has_its_own_policy()
    {
        await Put("/api/jiangjin/policy", Custom, User.Coordinator(), 200);

        AssertPolicy(HandlingPolicy.Default, await Get("/api/tianjin/policy", User.Coordinator("tianjin")));
        await using (var session = Store.QuerySession("tianjin"))
            Assert.Same(HandlingPolicy.Default, await HandlingRules.PolicyAsync(session, CancellationToken.None));

        await Put("/api/tianjin/policy", HandlingPolicy.Default with { ReplyMonths = 1, TotalCapMonths = 2 }, User.Coordinator("tianjin"), 200);
        Assert.Equal(1, Read<HandlingPolicy>(await Get("/api/tianjin/policy", User.Coordinator("tianjin"))).ReplyMonths);
        Assert.Equal(2, Read<HandlingPolicy>(await Get("/api/jiangjin/policy", User.Coordinator())).ReplyMonths);
    }

    private static string Serialize(HandlingPolicy policy) => JsonSerializer.Serialize(policy, Json.Options);

    /// <summary>The response holds exactly this policy (compared re-serialised: the server escapes text differently).</summary>
    private static void AssertPolicy(HandlingPolicy expected, IScenarioResult result) =>
        Assert.Equal(Serialize(expected), Serialize(Read<HandlingPolicy>(result)));
}
