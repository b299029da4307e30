namespace ExerciseServer.Core.Engine;

public enum ViewerRole
{
    Control,
    Observer,
    Player,
}
