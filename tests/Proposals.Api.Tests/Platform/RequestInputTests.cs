using System.Text.Json;
using System.Text.RegularExpressions;
using Alba;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Platform;

/// <summary>Input that is well-formed but cannot be taken: a JSON null body, sent to every endpoint that reads a body as
/// every role, and text or a query parameter holding U+0000, which PostgreSQL cannot store.</summary>
public sealed class RequestInputTests(AppFixture fixture) : ApiTest(fixture)
{
    private static readonly User?[] EveryRole = [User.Admin(), User.Coordinator(), User.Handler(), User.Proposer(), null];

    [Fact]
    public async Task a_json_null_body_is_a_400_problem_wherever_a_body_is_read()
    {
        var operations = await OperationsWithBody();
        Assert.True(operations.Count >= 15, $"only {operations.Count} operations with a body in the OpenAPI document");

        foreach (var (method, path) in operations)
        {
            var url = Regex.Replace(path.Replace("{tenant}", "jiangjin").Replace("{id}", Guid.NewGuid().ToString()), "{[a-z]+}", "1");
            var statuses = new List<int>();
            foreach (var user in EveryRole)
            {
                var result = await Host.Scenario(x =>
                {
                    (method == "put" ? x.Put : x.Post).Text("null").ToUrl(url).ContentType("application/json");
                    if (user is not null) x.WithBearerToken(user.Token);
                    x.IgnoreStatusCode();
                });
                var status = result.Context.Response.StatusCode;
                Assert.True(status is >= 400 and < 500, $"{method} {path} as {user?.Role ?? "anonymous"} answered {status}");
                Assert.Equal("application/problem+json", result.Context.Response.ContentType);
                statuses.Add(status);
            }
            Assert.True(statuses.Contains(400), $"{method} {path}: {string.Join(", ", statuses)}");
        }
    }

    [Fact]
    public async Task text_holding_u0000_is_a_400_problem_and_nothing_is_stored()
    {
        var session = await OpenSession();
        var body = $$"""{"sessionId":"{{session}}","title":"关于\u0000的建议","content":"内容"}""";

        var result = await PostRaw("/api/jiangjin/proposals", body, User.Proposer(), 400);

        Assert.Contains("U+0000", ReadJson(result).GetProperty("detail").GetString());
        Assert.Equal(1, await StreamCount()); // only the session's register
        await PostRaw("/api/jiangjin/sessions", """{"body":"npc","name":"\u0000"}""", User.Coordinator(), 400);
    }

    [Theory]
    [InlineData("/api/jiangjin/proposals?q=%00", "q")]
    [InlineData("/api/jiangjin/proposals?status=submitted&q=a%00b", "q")]
    [InlineData("/api/jiangjin/proposals?unit=%00", "unit")]
    [InlineData("/api/jiangjin/stats?category=%00", "category")]
    [InlineData("/api/public/jiangjin/replies?q=%00", "q")]
    public async Task a_query_parameter_holding_u0000_is_a_400_naming_it(string url, string parameter)
    {
        Assert.Equal([parameter], ErrorFields(await Get(url, User.Coordinator(), 400)));
    }

    private async Task<List<(string Method, string Path)>> OperationsWithBody()
    {
        var paths = JsonDocument.Parse(await Host.GetAsText("/swagger/v1/swagger.json")).RootElement.GetProperty("paths");
        return paths.EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Value.TryGetProperty("requestBody", out _))
                .Select(op => (op.Name, path.Name)))
            .ToList();
    }
}
