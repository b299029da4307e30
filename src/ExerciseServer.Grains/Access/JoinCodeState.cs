using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Access;

public sealed class JoinCodeState
{
    public JoinCode? Code { get; set; }
}
