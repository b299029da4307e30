namespace ExerciseServer.Core.Engine.Machines;

/// <summary>The exercise's lifecycle: ready → running ⇄ paused → ended, and reset to ready.</summary>
public enum ExerciseLifecycle
{
    Ready,
    Running,
    Paused,
    Ended,
}
