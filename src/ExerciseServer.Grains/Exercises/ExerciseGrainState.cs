using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Grains.Exercises;

/// <summary>
/// What an exercise stores: its scenario's text (so it replays the same even if the file changes), and its log
/// as sealed segments (stored apart) plus the open segment here, so an append writes at most one segment.
/// </summary>
public sealed class ExerciseGrainState
{
    public const int SegmentSize = 32;

    public string Name { get; set; } = "";
    public string ScenarioId { get; set; } = "";
    public string ScenarioFile { get; set; } = "";
    public string ScenarioText { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public int SealedSegments { get; set; }
    public List<ExerciseEvent> OpenSegment { get; set; } = [];
}
