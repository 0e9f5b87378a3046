using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Proposals.Bench;

/// <summary>Talks to the API as one signed-in user.</summary>
public sealed class ApiClient(HttpClient http, string? token)
{
    public static HttpClient CreateHttp(string baseUrl) => new(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = new Uri(baseUrl),
        Timeout = TimeSpan.FromSeconds(30),
    };

    public static async Task<ApiClient> SignInAsync(HttpClient http, object claims)
    {
        var response = await http.PostAsJsonAsync("/api/dev/tokens", claims);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        return new ApiClient(http, token);
    }

    public async Task<JsonNode?> PostAsync(string path, object? body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonBody(body ?? new { }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return await Read(response);
    }

    /// <summary>A GET; <paramref name="fresh"/> asks for an answer computed now, not one from the API's output cache.</summary>
    public async Task<JsonNode?> GetAsync(string path, bool fresh = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (fresh) request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return await Read(response);
    }

    public async Task<bool> ExistsAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await http.SendAsync(request);
        return response.IsSuccessStatusCode;
    }

    // As a browser sends JSON: with its length, and Chinese as UTF-8. JsonContent would send it chunked and escape
    // every Chinese character as \uXXXX, twice the bytes for the API to read and unescape.
    private static ByteArrayContent JsonBody(object body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, Body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static readonly JsonSerializerOptions Body = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static async Task<JsonNode?> Read(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.RequestUri?.AbsolutePath}: {text[..Math.Min(200, text.Length)]}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    public static Guid IdOf(JsonNode? node) => node!["id"]!.GetValue<Guid>();

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
