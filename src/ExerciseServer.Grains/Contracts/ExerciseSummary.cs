using ExerciseServer.Core.Engine.Machines;

namespace ExerciseServer.Grains.Contracts;

/// <summary>One exercise in the directory.</summary>
public sealed record ExerciseSummary(string Id, string Name, string ScenarioId, ExerciseLifecycle Lifecycle, DateTimeOffset CreatedAt);
