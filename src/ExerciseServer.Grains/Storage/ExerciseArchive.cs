using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Grains.Storage;

/// <summary>An exercise as stored: its name, the scenario text it was created from, and its whole event log.</summary>
public sealed record ExerciseArchive(string Id, string Name, string ScenarioId, string ScenarioFile, string ScenarioText, IReadOnlyList<ExerciseEvent> Events);
