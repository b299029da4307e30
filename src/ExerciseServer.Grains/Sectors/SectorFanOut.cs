using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Grains.Sectors;

/// <summary>After an exercise's events are stored: each of its sector grains gets what concerns it, one-way.</summary>
internal static class SectorFanOut
{
    public static void Publish(IGrainFactory grains, string exerciseId, IReadOnlyList<Sector> sectors, IReadOnlyList<ExerciseEvent> events)
    {
        // Most batches (answers, acknowledgements, messages) concern no sector: nothing to sort out then.
        var reset = false;
        var concernsSectors = false;
        for (var i = 0; i < events.Count; i++)
        {
            reset |= events[i] is ExerciseReset;
            concernsSectors |= events[i] is ExerciseReset or SectorSampled or SectorStateChanged;
        }

        if (!concernsSectors)
        {
            return;
        }

        foreach (var sector in sectors)
        {
            var relevant = reset ? events : [.. events.Where(e => e is SectorSampled s && s.Sector == sector.Id || e is SectorStateChanged c && c.Sector == sector.Id)];
            if (relevant.Count > 0)
            {
                _ = grains.GetGrain<ISectorGrain>(SectorGrain.KeyOf(exerciseId, sector.Id)).Observe(relevant);
            }
        }
    }
}
