namespace ExerciseServer.Core.Engine;

/// <summary>
/// A sector's state. Normal, degraded, disrupted and failed follow its thresholds; recovering means its
/// inoperability fell below the disrupted threshold after it was disrupted or failed, and is not yet normal.
/// </summary>
public enum SectorCondition
{
    Normal,
    Degraded,
    Disrupted,
    Failed,
    Recovering,
}
