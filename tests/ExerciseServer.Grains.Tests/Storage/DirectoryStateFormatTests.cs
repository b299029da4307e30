using System.Text.Json;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Grains.Storage;

namespace ExerciseServer.Grains.Tests.Storage;

/// <summary>
/// The directory's stored summaries carried the lifecycle as a string before it became an enum: what was stored
/// then still reads, and it is written as the same word, with the SQLite storage's options and with plain options
/// (the Redis storage's serializer).
/// </summary>
public sealed class DirectoryStateFormatTests
{
    private const string StoredBefore =
        """{"exercises":{"ex-1":{"id":"ex-1","name":"Baltic","scenarioId":"baltic","lifecycle":"running","createdAt":"2026-05-04T09:00:00+00:00"}}}""";

    public static TheoryData<string> Serializers => ["sqlite", "plain"];

    [Theory]
    [MemberData(nameof(Serializers))]
    public void A_directory_stored_when_the_lifecycle_was_a_string_reads_and_is_written_the_same(string serializer)
    {
        var options = serializer == "sqlite" ? StorageJson.Options : new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var state = JsonSerializer.Deserialize<ExerciseDirectoryState>(StoredBefore, options)!;

        Assert.Equal(ExerciseLifecycle.Running, state.Exercises["ex-1"].Lifecycle);
        Assert.Equal(StoredBefore, JsonSerializer.Serialize(state, options));
    }
}
