namespace ExerciseServer.Core.Scenarios.Model;

public enum ActorKind
{
    Nation,
    Institution,
    Organisation,
    Company,
}
