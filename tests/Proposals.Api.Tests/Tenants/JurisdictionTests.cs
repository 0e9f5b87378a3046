using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Tenants;

public sealed class JurisdictionTests(AppFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task an_admin_creates_a_jurisdiction_that_then_takes_requests()
    {
        await Get("/api/chongqing/sessions", User.Coordinator("chongqing"), 404);

        var result = await Post("/api/tenants", new { id = "chongqing", name = "重庆市" }, User.Admin(), 201);

        Assert.Equal("/api/tenants/chongqing", result.Context.Response.Headers.Location.ToString());
        Assert.Equal("重庆市", ReadJson(result).GetProperty("name").GetString());
        await Get("/api/chongqing/sessions", User.Coordinator("chongqing"));
    }

    [Fact]
    public async Task only_admins_create_jurisdictions()
    {
        await Post("/api/tenants", new { id = "chongqing", name = "重庆市" }, null, 401);
        await Post("/api/tenants", new { id = "chongqing", name = "重庆市" }, User.Coordinator(), 403);
    }

    [Fact]
    public async Task a_jurisdiction_id_is_taken_once()
    {
        await Post("/api/tenants", new { id = "jiangjin", name = "江津区" }, User.Admin(), 409);
    }

    [Theory]
    [InlineData("Jiangjin", "江津", "id")]
    [InlineData("江津", "江津", "id")]
    [InlineData("j", "江津", "id")]
    [InlineData("chongqing", "", "name")]
    public async Task invalid_jurisdictions_are_400(string id, string name, string field)
    {
        Assert.Equal([field], ErrorFields(await Post("/api/tenants", new { id, name }, User.Admin(), 400)));
    }

    [Fact]
    public async Task a_token_without_a_valid_signature_a_role_or_a_subject_naming_two_of_them_or_holding_u0000_is_401()
    {
        var forged = TestTokens.Sign(new Dictionary<string, string?> { ["sub"] = "x", ["name"] = "x", ["role"] = "coordinator", ["tenant"] = "jiangjin" },
            key: "another-key-that-is-long-enough-0123456789");
        var noRole = TestTokens.Sign(new Dictionary<string, string?> { ["sub"] = "x", ["name"] = "x", ["tenant"] = "jiangjin" });
        var handlerWithoutUnit = TestTokens.Sign(new Dictionary<string, string?> { ["sub"] = "x", ["name"] = "x", ["role"] = "handler", ["tenant"] = "jiangjin" });

        var blankSub = TestTokens.Sign(new Dictionary<string, string?> { ["sub"] = " ", ["name"] = "x", ["role"] = "coordinator", ["tenant"] = "jiangjin" });
        var twoRoles = TestTokens.Sign([("sub", "x"), ("name", "x"), ("role", "proposer"), ("role", "admin"), ("tenant", "jiangjin")]);
        var twoJurisdictions = TestTokens.Sign([("sub", "x"), ("name", "x"), ("role", "coordinator"), ("tenant", "jiangjin"), ("tenant", "tianjin")]);

        // Who acted is written into every event, and PostgreSQL cannot store U+0000 in them.
        var nulInName = TestTokens.Sign(new Dictionary<string, string?> { ["sub"] = "x", ["name"] = "代表\0工委", ["role"] = "coordinator", ["tenant"] = "jiangjin" });
        var nulInSub = TestTokens.Sign(new Dictionary<string, string?> { ["sub"] = "x\0", ["name"] = "x", ["role"] = "coordinator", ["tenant"] = "jiangjin" });

        foreach (var token in new[] { forged, noRole, handlerWithoutUnit, blankSub, twoRoles, twoJurisdictions, nulInName, nulInSub })
            await Host.Scenario(x =>
            {
                x.Get.Url("/api/jiangjin/sessions");
                x.WithBearerToken(token);
                x.StatusCodeShouldBe(401);
            });
        await Host.Scenario(x =>
        {
            x.Post.Text("""{"body":"npc","name":"区十八届人大三次会议"}""").ToUrl("/api/jiangjin/sessions").ContentType("application/json");
            x.WithBearerToken(nulInName);
            x.StatusCodeShouldBe(401);
        });
        Assert.Equal(0, await StreamCount());
    }
}
