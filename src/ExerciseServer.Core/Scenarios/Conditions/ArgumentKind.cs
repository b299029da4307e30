namespace ExerciseServer.Core.Scenarios.Conditions;

/// <summary>What an argument of a condition function names.</summary>
public enum ArgumentKind
{
    Sector,
    Decision,

    /// <summary>An option of the decision named by the argument before it.</summary>
    Option,
    Inject,
    Team,
    ExpectedAction,

    /// <summary>A resource of the team named by the argument before it.</summary>
    Resource,
}
