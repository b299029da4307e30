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

    [Alias("GetHistory")]
    Task<SectorHistory> GetHistory();
}
