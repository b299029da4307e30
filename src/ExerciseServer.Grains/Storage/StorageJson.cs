using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExerciseServer.Grains.Storage;

/// <summary>
/// The one JSON shape of everything stored: System.Text.Json with the event and command hierarchies'
/// polymorphism attributes, so a value set to its type's default survives a round trip.
/// </summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        IncludeFields = false,
    };
}
