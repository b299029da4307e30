namespace ExerciseServer.Core.Visibility;

/// <summary>How much of a thing a viewer sees: nothing, what players and staff may read, or everything control reads.</summary>
public enum Sight
{
    None,

    /// <summary>The content without control's material (triggers, controller notes) and without other teams' part.</summary>
    Redacted,

    /// <summary>Everything, with triggers and controller notes.</summary>
    Full,
}
