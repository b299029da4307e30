using ExerciseServer.Core.Archives;
using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Archives;

/// <summary>An archive that passed every check, its log replayed to the manifest's state: ready to become an exercise.</summary>
public sealed record VerifiedArchive(
    ArchiveManifest Manifest,
    string ScenarioFile,
    string ScenarioText,
    IReadOnlyList<ExerciseEvent> Events,
    IReadOnlyDictionary<string, byte[]> Media);
