using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Grains.Sectors;

/// <summary>The review's sector curves, read from the sector grains that keep them.</summary>
internal static class SectorCurves
{
    /// <summary>
    /// Each sector's curve for a review of <paramref name="events"/> (the stored log from its start): only points of
    /// the same run, up to the log's last event. A sector grain that follows another run (a reset stored since the log
    /// was read) is left out, and the review draws that sector from the events.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<SectorPointReview>>> ReadAsync(
        IGrainFactory grains, string exerciseId, IReadOnlyList<Sector> sectors, IReadOnlyList<ExerciseEvent> events)
    {
        var curves = new Dictionary<string, IReadOnlyList<SectorPointReview>>(StringComparer.Ordinal);
        if (events.Count == 0)
        {
            return curves;
        }

        var upTo = events[^1].Seq;
        var runStart = events.LastOrDefault(e => e is ExerciseReset)?.Seq ?? 0;
        var histories = await Task.WhenAll(sectors.Select(s => grains.GetGrain<ISectorGrain>(SectorGrain.KeyOf(exerciseId, s.Id)).GetHistory(upTo)));
        foreach (var history in histories.Where(h => h.RunStartSeq == runStart))
        {
            curves[history.Sector] = [.. history.Points.Where(p => p.Seq <= upTo).Select(p => new SectorPointReview(p.GameTime, p.Inoperability))];
        }

        return curves;
    }
}
