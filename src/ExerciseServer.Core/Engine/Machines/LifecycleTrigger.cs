namespace ExerciseServer.Core.Engine.Machines;

public enum LifecycleTrigger
{
    Start,
    Pause,
    Resume,
    End,
    Reset,
}
