using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// A new exercise from a verified archive: the scenario text it was played from and its whole log, numbered from 1,
/// which the grain stores as they are and replays.
/// </summary>
public sealed record ImportExerciseRequest(string Name, string ScenarioId, string ScenarioFile, string ScenarioText, IReadOnlyList<ExerciseEvent> Events);
