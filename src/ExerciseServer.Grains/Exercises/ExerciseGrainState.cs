using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Grains.Exercises;

/// <summary>
/// What an exercise stores besides its log: its scenario's text (so it replays the same even if the file
/// changes) and its name. The events themselves are in the append-only <see cref="Storage.IEventLog"/>.
/// </summary>
public sealed class ExerciseGrainState
{
    /// <summary>The size of a sealed segment in the format before the append-only log.</summary>
    public const int SegmentSize = 32;

    public string Name { get; set; } = "";
    public string ScenarioId { get; set; } = "";
    public string ScenarioFile { get; set; } = "";
    public string ScenarioText { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Old format only: how many sealed segments are stored apart; 0 once migrated.</summary>
    public int SealedSegments { get; set; }

    /// <summary>Old format only: the open segment; empty once migrated.</summary>
    public List<ExerciseEvent> OpenSegment { get; set; } = [];

    public bool HasLegacyLog => SealedSegments > 0 || OpenSegment.Count > 0;
}
