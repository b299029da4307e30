using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.DryRun;

/// <summary>What a headless run of a scenario did: for trainers checking their design before anyone plays it.</summary>
public sealed record DryRunReport
{
    public required string ScenarioId { get; init; }
    public required string Policy { get; init; }
    public int? Seed { get; init; }
    public required TimeSpan EndedAt { get; init; }
    public required string EndReason { get; init; }
    public required int EventCount { get; init; }
    public required IReadOnlyList<TimelineEntry> Timeline { get; init; }
    public required IReadOnlyList<FiredInject> Fired { get; init; }
    public required IReadOnlyList<UnfiredInject> NotFired { get; init; }
    public required IReadOnlyList<SectorOutcome> Sectors { get; init; }
    public required IReadOnlyList<ActionOutcome> ExpectedActions { get; init; }
    public required IReadOnlyList<DecisionOutcome> Decisions { get; init; }

    /// <summary>Each sector's inoperability over the run, for a curve rather than only the worst and final values.</summary>
    public required SectorSeries SectorSeries { get; init; }

    /// <summary>The scenario's clock, so that every time in the report is shown as story time; not part of the JSON.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ScenarioClock? Clock { get; init; }
}
