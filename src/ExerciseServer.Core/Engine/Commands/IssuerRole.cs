namespace ExerciseServer.Core.Engine.Commands;

public enum IssuerRole
{
    Control,
    Team,
    Evaluator,
}
