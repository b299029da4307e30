using ExerciseServer.Core.Engine.Machines;

namespace ExerciseServer.Grains.Contracts;

/// <summary>The exercise as control sees it now: lifecycle, clock, sectors, injects, and the silo it runs on.</summary>
public sealed record ExerciseView(
    string Id,
    string Name,
    string ScenarioId,
    ExerciseLifecycle Lifecycle,
    string? EndReason,
    ClockView Clock,
    long LastSeq,
    IReadOnlyList<SectorView> Sectors,
    IReadOnlyList<InjectView> Injects,
    string HostedOn);
