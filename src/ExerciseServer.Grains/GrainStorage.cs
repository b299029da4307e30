namespace ExerciseServer.Grains;

/// <summary>The name every grain's persistent state uses; the host decides what is behind it.</summary>
public static class GrainStorage
{
    public const string Name = "exercises";
}
