namespace ExerciseServer.Grains.Access;

public sealed class ExerciseAccessState
{
    public List<AccessCode> Codes { get; set; } = [];
}
