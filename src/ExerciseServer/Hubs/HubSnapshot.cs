using ExerciseServer.Grains.Contracts;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Hubs;

/// <summary>What a connection sees when it joins: who it is, the clock, the sectors and injects it may see.</summary>
public sealed record HubSnapshot(
    string ExerciseId,
    string Name,
    string Role,
    string? Team,
    [property: WordsOf(typeof(ExerciseLifecycle))] string Lifecycle,
    ClockView Clock,
    long LastSeq,
    IReadOnlyList<SectorView> Sectors,
    IReadOnlyList<InjectView> Injects);
