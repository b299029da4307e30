using ExerciseServer.Grains.Contracts;
using ExerciseServer.Core.Engine.Machines;

namespace ExerciseServer.Hubs;

/// <summary>What a connection sees when it joins: who it is, the clock, the sectors and injects it may see.</summary>
public sealed record HubSnapshot(
    string ExerciseId,
    string Name,
    string Role,
    string? Team,
    ExerciseLifecycle Lifecycle,
    ClockView Clock,
    long LastSeq,
    IReadOnlyList<SectorView> Sectors,
    IReadOnlyList<InjectView> Injects);
