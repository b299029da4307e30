namespace ExerciseServer.Core.DryRun;

/// <summary>One part of a condition that never held, with whether it held at the end and the values it read then.</summary>
public sealed record ConditionTerm(string Text, bool Held, string? Values);
