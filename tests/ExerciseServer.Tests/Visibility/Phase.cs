namespace ExerciseServer.Tests.Visibility;

/// <summary>The phase of the exercise being read (running includes paused).</summary>
public enum Phase
{
    Ready,
    Running,
    Ended,
}
