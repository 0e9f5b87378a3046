using System.Text.Json;
using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Proposals.Api.Infrastructure;
using Proposals.Api.Tenants;

namespace Proposals.Api.Tests.Support;

/// <summary>
/// Base of the API tests: a clean database with the jurisdictions jiangjin and tianjin before each
/// test, and helpers that talk to the API over HTTP as a given user.
/// </summary>
[Collection(ApiCollection.Name)]
public abstract class ApiTest(AppFixture fixture) : IAsyncLifetime
{
    protected AppFixture Fixture => fixture;
    protected IAlbaHost Host => fixture.Host;
    protected IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        await Host.ResetAllMartenDataAsync();
        Host.Services.GetRequiredService<TenantDirectory>().Clear();
        await using var session = Store.LightweightSession();
        session.Store(new Tenant("jiangjin", "重庆市江津区", "test", DateTimeOffset.UtcNow), new Tenant("tianjin", "天津市", "test", DateTimeOffset.UtcNow));
        await session.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    protected Task<IScenarioResult> Post(string url, object? body, User? user, int status, string? ifMatch = null) =>
        Host.Scenario(x =>
        {
            if (body is null) x.Post.Url(url);
            else x.Post.Text(JsonSerializer.Serialize(body, Json.Options)).ToUrl(url).ContentType("application/json");
            if (user is not null) x.WithBearerToken(user.Token);
            if (ifMatch is not null) x.WithRequestHeader("If-Match", ifMatch);
            x.StatusCodeShouldBe(status);
            if (status >= 400) x.ContentTypeShouldBe("application/problem+json");
        });

    protected Task<IScenarioResult> PostRaw(string url, string body, User? user, int status) =>
        Host.Scenario(x =>
        {
            x.Post.Text(body).ToUrl(url).ContentType("application/json");
            if (user is not null) x.WithBearerToken(user.Token);
            x.StatusCodeShouldBe(status);
            if (status >= 400) x.ContentTypeShouldBe("application/problem+json");
        });

    protected Task<IScenarioResult> Get(string url, User? user, int status = 200) =>
        Host.Scenario(x =>
        {
            x.Get.Url(url);
            if (user is not null) x.WithBearerToken(user.Token);
            x.StatusCodeShouldBe(status);
            if (status >= 400) x.ContentTypeShouldBe("application/problem+json");
        });

    protected static T Read<T>(IScenarioResult result) => JsonSerializer.Deserialize<T>(result.ReadAsText(), Json.Options)!;

    protected static JsonElement ReadJson(IScenarioResult result) => JsonDocument.Parse(result.ReadAsText()).RootElement;

    /// <summary>The field names of a 400 problem's errors map.</summary>
    protected static string[] ErrorFields(IScenarioResult result) =>
        ReadJson(result).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();

    protected async Task<Guid> OpenSession(string tenant = "jiangjin", string body = "npc", string name = "区十八届人大三次会议", int numberDigits = 0)
    {
        var result = await Post($"/api/{tenant}/sessions", new { body, name, numberDigits }, User.Coordinator(tenant), 201);
        return ReadJson(result).GetProperty("id").GetGuid();
    }

    protected async Task<Guid> Submit(User proposer, Guid sessionId, string title = "关于加强江津区职业院校产教融合的建议", object[]? coSigners = null)
    {
        var result = await Post($"/api/{proposer.Tenant}/proposals",
            new { sessionId, title, content = "建议内容", category = "教育", delegation = "第一代表团", coSigners = coSigners ?? [] },
            proposer, 201);
        return ReadJson(result).GetProperty("id").GetGuid();
    }

    protected Task<IScenarioResult> Step(Guid id, string step, User? user, int status, object? body = null, string tenant = "jiangjin", string? ifMatch = null) =>
        Post($"/api/{tenant}/proposals/{id}/{step}", body, user, status, ifMatch);

    protected async Task<IReadOnlyList<object>> EventsOf(Guid streamId, string tenant = "jiangjin")
    {
        await using var session = Store.QuerySession(tenant);
        return (await session.Events.FetchStreamAsync(streamId)).Select(e => e.Data).ToArray();
    }

    protected async Task<int> StreamCount(string tenant = "jiangjin")
    {
        await using var session = Store.QuerySession(tenant);
        return await session.Events.QueryAllRawEvents().Select(e => e.StreamId).Distinct().CountAsync();
    }
}
