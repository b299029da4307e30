using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExerciseServer.Core.Words;

/// <summary>
/// The one JSON configuration of what the server sends (hub payloads, HTTP bodies, review and dry-run JSON): enums
/// as <see cref="StatusWords"/>. Stored events keep their own shape (<c>StorageJson</c>) so old logs still read.
/// </summary>
public static class WireJson
{
    /// <summary>Adds the enum converter once; the hub, HTTP and the command-line writers all call this.</summary>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        if (!options.Converters.Any(c => c is JsonStringEnumConverter))
        {
            options.Converters.Add(new JsonStringEnumConverter(StatusWords.Policy));
        }

        return options;
    }
}
