using System.Text.Json;
using System.Text.Json.Serialization;
using Proposals.Domain.Sessions;

namespace Proposals.Api.Sessions;

/// <summary>
/// A register's numbers as their runs, <c>[[1, 5000], [7001, 7001]]</c>. Reads the flat list of numbers
/// (<c>[1, 2, 3]</c>) that registers were stored as before, too.
/// </summary>
public sealed class AllottedNumbersJson : JsonConverter<AllottedNumbers>
{
    public override AllottedNumbers Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("Allotted numbers are an array.");
        var runs = new List<AllottedNumbers.Run>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                var number = reader.GetInt32();
                runs.Add(new AllottedNumbers.Run(number, number));
                continue;
            }
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("A run of numbers is an array of its first and last.");
            reader.Read();
            var first = reader.GetInt32();
            reader.Read();
            var last = reader.GetInt32();
            if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) throw new JsonException("A run of numbers has its first and last only.");
            runs.Add(new AllottedNumbers.Run(first, last));
        }
        return AllottedNumbers.FromRuns(runs);
    }

    public override void Write(Utf8JsonWriter writer, AllottedNumbers value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var run in value.Runs)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(run.First);
            writer.WriteNumberValue(run.Last);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
    }
}
