using System.Text.Json;
using Alba;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Platform;

public sealed class PlatformTests(AppFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task health_answers_200_when_the_database_answers()
    {
        Assert.Equal("Healthy", (await Get("/health", null)).ReadAsText());
    }

    [Fact]
    public async Task the_openapi_document_lists_every_endpoint_with_a_bearer_scheme()
    {
        var document = JsonDocument.Parse(await Host.GetAsText("/swagger/v1/swagger.json")).RootElement;
        var paths = document.GetProperty("paths");

        string[] expected =
        [
            "post /api/dev/tokens", "post /api/tenants", "get /api/tenants",
            "post /api/{tenant}/sessions", "get /api/{tenant}/sessions", "get /api/{tenant}/sessions/{id}",
            "post /api/{tenant}/units", "get /api/{tenant}/units",
            "post /api/{tenant}/proposals", "get /api/{tenant}/proposals", "get /api/{tenant}/proposals/{id}",
            "get /api/{tenant}/proposals/{id}/history",
            "post /api/{tenant}/proposals/{id}/withdrawal", "post /api/{tenant}/proposals/{id}/registration",
            "post /api/{tenant}/proposals/{id}/decline", "post /api/{tenant}/proposals/{id}/conversion",
            "post /api/{tenant}/proposals/{id}/merge",
        ];
        foreach (var endpoint in expected)
        {
            var (verb, path) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(verb, out _), $"{endpoint} is missing");
        }

        var submit = paths.GetProperty("/api/{tenant}/proposals").GetProperty("post");
        Assert.Equal("submitProposal", submit.GetProperty("operationId").GetString());
        Assert.True(submit.TryGetProperty("requestBody", out _));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("SubmitProposalRequest", out _));
    }

    [Fact]
    public async Task swagger_ui_is_served()
    {
        Assert.Contains("swagger-ui", await Host.GetAsText("/swagger/index.html"));
    }

    [Fact]
    public async Task in_development_dev_tokens_are_issued_and_accepted()
    {
        var result = await Post("/api/dev/tokens", new { sub = "office", name = "区人大代表工委", role = "coordinator", tenant = "jiangjin" }, null, 200);
        var token = ReadJson(result).GetProperty("token").GetString()!;

        await Host.Scenario(x =>
        {
            x.Post.Json(new { body = "npc", name = "区十八届人大三次会议" }).ToUrl("/api/jiangjin/sessions");
            x.WithBearerToken(token);
            x.StatusCodeShouldBe(201);
        });
    }

    [Fact]
    public async Task dev_token_requests_are_validated()
    {
        Assert.Equal(["name", "role", "sub", "tenant"], ErrorFields(await Post("/api/dev/tokens", new { role = "king" }, null, 400)).Order());
        Assert.Equal(["unit"], ErrorFields(await Post("/api/dev/tokens", new { sub = "s", name = "n", role = "handler", tenant = "jiangjin" }, null, 400)));
    }

    [Fact]
    public async Task outside_development_there_are_no_dev_tokens()
    {
        await using var production = await AppFixture.StartHostAsync(Fixture.ConnectionString, "Production");

        await production.Scenario(x =>
        {
            x.Post.Json(new { sub = "office", name = "x", role = "coordinator", tenant = "jiangjin" }).ToUrl("/api/dev/tokens");
            x.StatusCodeShouldBe(404);
            x.ContentTypeShouldBe("application/problem+json");
        });
    }
}
