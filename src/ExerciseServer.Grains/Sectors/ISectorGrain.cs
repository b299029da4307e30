using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Grains.Contracts;
using Orleans.Concurrency;

namespace ExerciseServer.Grains.Sectors;

/// <summary>One sector of one exercise (key "exercise-id/sector-id"): its curve and state history.</summary>
[Alias("ExerciseServer.Grains.Sectors.ISectorGrain")]
public interface ISectorGrain : IGrainWithStringKey
{
    /// <summary>New stored events of the exercise that concern this sector; one-way, so the exercise never waits.</summary>
    [OneWay]
    [Alias("Observe")]
    Task Observe(IReadOnlyList<ExerciseEvent> events);

    /// <summary>
    /// The curve of the current run (since the last reset), complete at least up to event <paramref name="upToSeq"/>:
    /// a grain that has not heard of that event yet reads the log up to the present first.
    /// </summary>
    [Alias("GetHistory")]
    Task<SectorHistory> GetHistory(long upToSeq = 0);
}
