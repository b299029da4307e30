namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>Release a delay after another inject was released.</summary>
public sealed record AfterTrigger(Reference Inject, Located<TimeSpan> Delay);
