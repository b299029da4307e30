using System.Text.Json;
using Orleans.Storage;

namespace ExerciseServer.Grains.Storage.Redis;

/// <summary>
/// Grain state in Redis as the same System.Text.Json the embedded store writes, instead of the provider's
/// default Newtonsoft with type names (which drops values equal to their type's default).
/// </summary>
public sealed class SystemTextJsonGrainStorageSerializer : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => new(JsonSerializer.SerializeToUtf8Bytes(input, StorageJson.Options));

    public T Deserialize<T>(BinaryData input) => input.ToObjectFromJson<T>(StorageJson.Options)!;
}
