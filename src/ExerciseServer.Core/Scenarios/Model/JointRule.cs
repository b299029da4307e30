namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>How the teams of a joint decision reach it.</summary>
public enum JointRule
{
    /// <summary>Every team must choose the same option; one team choosing otherwise or refusing means no agreement.</summary>
    All,

    /// <summary>More than half of the teams choose the same option.</summary>
    Majority,

    /// <summary>The lead team decides; the other teams' votes are advice.</summary>
    Lead,
}
