using System.Text.Json;
using System.Text.RegularExpressions;
using Alba;
using Proposals.Api.Tests.Support;

namespace Proposals.Api.Tests.Platform;

/// <summary>Input that is well-formed but cannot be taken: a JSON null body, and every body field given a value of the
/// wrong kind, sent to every endpoint that reads a body as every role; every query parameter given a value of the wrong
/// kind; text or a query parameter holding U+0000, which PostgreSQL cannot store.</summary>
public sealed class RequestInputTests(AppFixture fixture) : ApiTest(fixture)
{
    private static readonly User?[] EveryRole = [User.Admin(), User.Coordinator(), User.Handler(), User.Proposer(), null];

    [Fact]
    public async Task a_json_null_body_is_a_400_problem_wherever_a_body_is_read()
    {
        var (operations, _) = await OperationsAndSchemas();
        Assert.True(operations.Count >= 15, $"only {operations.Count} operations with a body in the OpenAPI document");

        foreach (var (method, path, _) in operations)
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

    [Fact]
    public async Task a_body_field_of_any_wrong_kind_is_never_a_server_error()
    {
        await CreateUnits();
        var id = await Assigned(["jiangjin-edu"]);
        var session = await OpenSession(name: "区十八届人大四次会议");
        var (operations, schemas) = await OperationsAndSchemas();
        var probe = new Probe(Host);

        Assert.True(operations.Count >= 15, $"only {operations.Count} operations with a JSON body in the OpenAPI document");
        foreach (var (method, path, schema) in operations)
        {
            var url = Regex.Replace(path.Replace("{tenant}", "jiangjin").Replace("{id}", id.ToString())
                .Replace("{sessionId}", session.ToString()).Replace("{unit}", "jiangjin-edu"), "{[a-zA-Z]+}", "1");
            foreach (var body in WrongKindBodies(schema, schemas))
                await probe.AsEveryRole($"{method} {path} with {body[..Math.Min(body.Length, 200)]}",
                    x => (method == "put" ? x.Put : x.Post).Text(body).ToUrl(url).ContentType("application/json"));
        }

        probe.AssertNoServerErrors(atLeast: 1_000);
    }

    [Fact]
    public async Task a_query_parameter_of_any_wrong_kind_is_never_a_server_error()
    {
        await CreateUnits();
        var id = await Assigned(["jiangjin-edu"]);
        var document = await OpenApiDocument();
        var probe = new Probe(Host);

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var op in path.Value.EnumerateObject().Where(op => op.Name == "get" && op.Value.TryGetProperty("parameters", out _)))
        {
            var url = Regex.Replace(path.Name.Replace("{tenant}", "jiangjin").Replace("{id}", id.ToString()), "{[a-zA-Z]+}", "1");
            var names = op.Value.GetProperty("parameters").EnumerateArray()
                .Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!);
            foreach (var name in names)
            foreach (var value in WrongQueryValues)
                await probe.AsEveryRole($"GET {path.Name}?{name}={value[..Math.Min(value.Length, 40)]}",
                    x => x.Get.Url($"{url}?{name}={Uri.EscapeDataString(value)}"));
        }

        probe.AssertNoServerErrors(atLeast: 500);
    }

    /// <summary>Sends requests as every role, noting each answer that is a 5xx or a refusal without problem+json.</summary>
    private sealed class Probe(IAlbaHost host)
    {
        private readonly List<string> _failures = [];
        private int _sent;

        public async Task AsEveryRole(string label, Action<Scenario> request)
        {
            foreach (var user in EveryRole)
            {
                var result = await host.Scenario(x =>
                {
                    request(x);
                    if (user is not null) x.WithBearerToken(user.Token);
                    x.IgnoreStatusCode();
                });
                _sent++;
                var status = result.Context.Response.StatusCode;
                if (status >= 500 || (status >= 400 && result.Context.Response.ContentType != "application/problem+json"))
                    _failures.Add($"{label} as {user?.Role ?? "anonymous"}: {status} {result.ReadAsText()}");
            }
        }

        public void AssertNoServerErrors(int atLeast)
        {
            Assert.True(_sent > atLeast, $"only {_sent} requests sent");
            Assert.True(_failures.Count == 0, string.Join("\n", _failures.Take(20)));
        }
    }

    private static readonly string[] WrongQueryValues =
        ["", " ", "zz", "-1", "0", "1.5", "99999999999999999999", "2026-13-45", "not-a-uuid", "00000000-0000-0000-0000-000000000000",
         "'; drop table x; --", "a\0b", "\ud83d\ude00", new string('字', 3_000)];

    // Values of every JSON kind and a few well-formed strings no field takes; each replaces one field of a
    // body that is otherwise plausible, and each field of an object in an array is tried the same way.
    private static readonly string[] WrongValues =
        ["null", "0", "-1", "1.5", "1e300", "true", "\"\"", "\" \"", $"\"{new string('字', 5_000)}\"", "\"not-a-uuid\"",
         "\"00000000-0000-0000-0000-000000000000\"", "\"2026-13-45\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "[]", "[null]", "[\"x\"]", "{}", "{\"a\":1}"];

    private static IEnumerable<string> WrongKindBodies(JsonElement schema, JsonElement schemas)
    {
        var properties = PropertiesOf(schema, schemas);
        var plausible = properties.ToDictionary(p => p.Name, p => PlausibleValue(p.Schema, schemas));
        foreach (var (name, property) in properties)
        {
            foreach (var wrong in WrongValues) yield return BodyWith(plausible, name, wrong);
            var items = Resolve(property, schemas);
            if (items.TryGetProperty("items", out var item) && PropertiesOf(item, schemas) is { Count: > 0 } itemProperties)
            {
                var element = itemProperties.ToDictionary(p => p.Name, p => PlausibleValue(p.Schema, schemas));
                foreach (var (itemName, _) in itemProperties)
                foreach (var wrong in WrongValues)
                    yield return BodyWith(plausible, name, $"[{BodyWith(element, itemName, wrong)}]");
            }
        }
    }

    private static string BodyWith(Dictionary<string, string> fields, string name, string value) =>
        "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{(f.Key == name ? value : f.Value)}")) + "}";

    private static string PlausibleValue(JsonElement schema, JsonElement schemas)
    {
        var s = Resolve(schema, schemas);
        if (s.TryGetProperty("enum", out var values)) return values[0].GetRawText();
        var format = s.TryGetProperty("format", out var f) ? f.GetString() : null;
        return (s.TryGetProperty("type", out var t) ? t.GetString() : null) switch
        {
            "integer" or "number" => "1",
            "boolean" => "true",
            "array" => "[]",
            "object" => "{}",
            _ when format == "uuid" => $"\"{Guid.NewGuid()}\"",
            _ when format == "date" => "\"2026-12-01\"",
            _ when format == "date-time" => "\"2026-12-01T08:00:00+08:00\"",
            _ => "\"测试\"",
        };
    }

    private static List<(string Name, JsonElement Schema)> PropertiesOf(JsonElement schema, JsonElement schemas) =>
        Resolve(schema, schemas).TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => (p.Name, p.Value)).ToList()
            : [];

    private static JsonElement Resolve(JsonElement schema, JsonElement schemas)
    {
        while (schema.TryGetProperty("$ref", out var reference)) schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        return schema;
    }

    /// <summary>The operations whose body is JSON, each with its body's schema, and the document's named schemas.</summary>
    private async Task<(List<(string Method, string Path, JsonElement Body)> Operations, JsonElement Schemas)> OperationsAndSchemas()
    {
        var document = await OpenApiDocument();
        var operations = new List<(string, string, JsonElement)>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var op in path.Value.EnumerateObject())
            if (op.Value.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var json))
                operations.Add((op.Name, path.Name, json.GetProperty("schema")));
        return (operations, document.GetProperty("components").GetProperty("schemas"));
    }

    private async Task<JsonElement> OpenApiDocument() =>
        JsonDocument.Parse(await Host.GetAsText("/swagger/v1/swagger.json")).RootElement;
}
