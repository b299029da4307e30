namespace ExerciseServer.Grains.Contracts;

/// <summary>One exercise in the directory.</summary>
public sealed record ExerciseSummary(string Id, string Name, string ScenarioId, string Lifecycle, DateTimeOffset CreatedAt);
