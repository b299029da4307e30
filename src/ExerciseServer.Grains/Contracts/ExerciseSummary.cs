using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Grains.Contracts;

/// <summary>One exercise in the directory.</summary>
public sealed record ExerciseSummary(string Id, string Name, string ScenarioId, [property: WordsOf(typeof(ExerciseLifecycle))] string Lifecycle, DateTimeOffset CreatedAt);
