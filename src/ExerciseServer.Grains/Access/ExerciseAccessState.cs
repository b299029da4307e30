using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Access;

public sealed class ExerciseAccessState
{
    public List<JoinCode> Codes { get; set; } = [];
}
