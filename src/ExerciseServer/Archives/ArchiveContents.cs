using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Archives;

/// <summary>
/// An exercise as an archive carries it: its name, the scenario text it was played from, its whole log and the
/// media files its injects name. Nothing else: join codes, passwords and tokens live elsewhere and stay behind.
/// </summary>
public sealed record ArchiveContents(
    string ExerciseId,
    string Name,
    string ScenarioId,
    string ScenarioFile,
    string ScenarioText,
    IReadOnlyList<ExerciseEvent> Events,
    IReadOnlyDictionary<string, byte[]> Media);
