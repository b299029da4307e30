namespace ExerciseServer.Grains.Teams;

public sealed class TeamGrainState
{
    public List<string> Members { get; set; } = [];
}
