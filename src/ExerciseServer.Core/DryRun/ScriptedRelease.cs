namespace ExerciseServer.Core.DryRun;

/// <summary>Control releases an inject (typically from the on-demand deck) at a game time.</summary>
public sealed record ScriptedRelease(string Inject, TimeSpan At);
