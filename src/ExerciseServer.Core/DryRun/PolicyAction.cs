using ExerciseServer.Core.Engine.Commands;

namespace ExerciseServer.Core.DryRun;

/// <summary>A command a policy wants sent at a game time.</summary>
public sealed record PolicyAction(TimeSpan At, ExerciseCommand Command);
