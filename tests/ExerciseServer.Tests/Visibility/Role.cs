namespace ExerciseServer.Tests.Visibility;

/// <summary>Who reads, in the need-to-know matrix: the two teams are Finland and Estonia of the Baltic scenario.</summary>
public enum Role
{
    Control,
    TeamA,

    /// <summary>A player of team A signed in for one role of it (the Border Guard liaison), who also reads what goes to that role alone.</summary>
    TeamARole,
    TeamB,
    Observer,
    Evaluator,

    /// <summary>A player signed in to another exercise.</summary>
    Outsider,

    /// <summary>Nobody signed in.</summary>
    Anonymous,
}
