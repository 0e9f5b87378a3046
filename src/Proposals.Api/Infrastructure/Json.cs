using System.Text.Json;
using System.Text.Json.Serialization;

namespace Proposals.Api.Infrastructure;

public static class Json
{
    /// <summary>camelCase properties and lowercase enum values, kebab-case for two words ("title-only").</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new TextWithoutNul());
        // {"title":"a","title":"b"} names two titles: refused rather than the last one silently taken.
        options.AllowDuplicateProperties = false;
    }

    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        return options;
    }
}

/// <summary>
/// Refuses text holding U+0000, which PostgreSQL cannot store in text or jsonb: without this a request carrying it
/// would be accepted, then fail at the database as a 500. Worse, PostgreSQL refuses such a value while binding it, and
/// after that failure inside one of Marten's batches the pooled connection was seen now and then (Npgsql 9.0.4) to
/// answer the next request on it with "unexpected backend message DataRow": a second 500, for an innocent request.
/// Written text is left as the default converter writes it.
/// </summary>
public sealed class TextWithoutNul : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is not null && text.Contains('\0')
            ? throw new JsonException("Text may not contain the character U+0000.")
            : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
