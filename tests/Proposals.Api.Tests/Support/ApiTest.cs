using System.Text.Json;
using Alba;
using Marten;
using Npgsql;
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
    /// <summary>The API the helpers talk to: the fixture's, unless a test runs hosts of its own.</summary>
    protected virtual IAlbaHost Host => fixture.Host;
    protected IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public async Task InitializeAsync()
    {
        await Host.ResetAllMartenDataAsync();
        await Sql("delete from proposals.wolverine_incoming_envelopes");
        Host.Services.GetRequiredService<TenantDirectory>().Clear();
        await using var session = Store.LightweightSession();
        session.Store(new Tenant("jiangjin", "重庆市江津区", "test", DateTimeOffset.UtcNow), new Tenant("tianjin", "天津市", "test", DateTimeOffset.UtcNow));
        await session.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>
    /// Lets time pass: the application's clock moves, and so do the durable scheduled messages that
    /// Wolverine keeps by wall-clock time, exactly as if the time had gone by.
    /// </summary>
    protected async Task Advance(TimeSpan by)
    {
        Fixture.Clock.Advance(by);
        await Sql("update proposals.wolverine_incoming_envelopes set execution_time = execution_time - @by where status = 'Scheduled'", ("by", by));
    }

    /// <summary>Runs SQL straight on the test database; the rows it changed.</summary>
    protected Task<int> Sql(string sql, params (string Name, object Value)[] parameters) =>
        OnDatabase(sql, parameters, command => command.ExecuteNonQueryAsync());

    /// <summary>The first column of the first row SQL reads straight from the test database.</summary>
    protected Task<object?> SqlScalar(string sql, params (string Name, object Value)[] parameters) =>
        OnDatabase(sql, parameters, command => command.ExecuteScalarAsync());

    private async Task<T> OnDatabase<T>(string sql, (string Name, object Value)[] parameters, Func<NpgsqlCommand, Task<T>> run)
    {
        await using var connection = new NpgsqlConnection(Fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return await run(command);
    }

    /// <summary>Polls until the condition holds, for things that happen in the background.</summary>
    protected static async Task Eventually(Func<Task<bool>> condition, string what, int seconds = 15)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > until) Assert.Fail($"Timed out waiting for {what}.");
            await Task.Delay(100);
        }
    }

    protected Task<IScenarioResult> Post(string url, object? body, User? user, int status, string? ifMatch = null) =>
        Host.Scenario(x =>
        {
            if (body is null) x.Post.Url(url);
            else x.Post.Text(JsonSerializer.Serialize(body, Json.Options)).ToUrl(url).ContentType("application/json");
            if (ifMatch is not null) x.WithRequestHeader("If-Match", ifMatch);
            Expect(x, user, status);
        });

    protected Task<IScenarioResult> PostRaw(string url, string body, User? user, int status) =>
        Host.Scenario(x =>
        {
            x.Post.Text(body).ToUrl(url).ContentType("application/json");
            Expect(x, user, status);
        });

    protected Task<IScenarioResult> Put(string url, object body, User? user, int status = 200) =>
        PutRaw(url, JsonSerializer.Serialize(body, Json.Options), user, status);

    protected Task<IScenarioResult> PutRaw(string url, string body, User? user, int status) =>
        Host.Scenario(x =>
        {
            x.Put.Text(body).ToUrl(url).ContentType("application/json");
            Expect(x, user, status);
        });

    protected Task<IScenarioResult> Get(string url, User? user, int status = 200) =>
        Host.Scenario(x =>
        {
            x.Get.Url(url);
            Expect(x, user, status);
        });

    /// <summary>Sends as <paramref name="user"/> (anonymously when null) and expects <paramref name="status"/>, a problem for errors.</summary>
    private static void Expect(Scenario x, User? user, int status)
    {
        if (user is not null) x.WithBearerToken(user.Token);
        x.StatusCodeShouldBe(status);
        if (status >= 400) x.ContentTypeShouldBe("application/problem+json");
    }

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

    /// <summary>Units of jiangjin used by the handling tests.</summary>
    protected async Task CreateUnits(string tenant = "jiangjin", params (string Id, string Name)[] units)
    {
        if (units.Length == 0) units = [("jiangjin-edu", "区教委"), ("jiangjin-econ", "区经济信息委"), ("jiangjin-hrss", "区人力社保局")];
        foreach (var (id, name) in units) await Post($"/api/{tenant}/units", new { id, name }, User.Coordinator(tenant), 201);
    }

    /// <summary>A submitted and registered item in a new session of jiangjin's people's congress.</summary>
    protected async Task<Guid> Registered(User? proposer = null, object[]? coSigners = null)
    {
        var id = await Submit(proposer ?? User.Proposer(), await OpenSession(), coSigners: coSigners);
        await Step(id, "registration", User.Coordinator(), 200);
        return id;
    }

    /// <summary>A registered item assigned to the given lead and co-organizing units (units must exist).</summary>
    protected async Task<Guid> Assigned(string[] leadUnits, string[]? coUnits = null, User? proposer = null)
    {
        var id = await Registered(proposer);
        await Step(id, "assignment", User.Coordinator(), 200, new { leadUnits, coUnits = coUnits ?? [] });
        return id;
    }

    protected static object ContactBody(DateOnly on) => new { on, method = "meeting", summary = "与代表当面沟通办理思路" };

    protected static object ReplyBody(string category = "a", object[]? commitments = null, object? disclosure = null) => new
    {
        category,
        content = "答复正文",
        signedBy = "局长 张三",
        disclosure = disclosure ?? new { scope = "full" },
        commitments = commitments ?? [],
    };

    protected DateOnly Today => Domain.Common.ChinaTime.Today(Fixture.Clock.GetUtcNow());

    protected async Task<JsonElement> Read(Guid id, User reader, string tenant = "jiangjin") =>
        ReadJson(await Get($"/api/{tenant}/proposals/{id}", reader));

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
