namespace ExerciseServer.Tests.Visibility;

/// <summary>Who reads, in the need-to-know matrix: the two teams are Finland and Estonia of the Baltic scenario.</summary>
public enum Role
{
    Control,
    TeamA,
    TeamB,
    Observer,
    Evaluator,

    /// <summary>A player signed in to another exercise.</summary>
    Outsider,

    /// <summary>Nobody signed in.</summary>
    Anonymous,
}
