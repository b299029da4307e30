using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Simulation;

namespace ExerciseServer.Core.DryRun;

/// <summary>
/// Samples every sector on a grid of game time during a dry run. The state's model only moves when an event
/// happens, so the recorder keeps its own copy and steps it through quiet stretches, taking a fresh copy after
/// each event; the model's fixed one-minute grid makes the copy's values the engine's own.
/// </summary>
internal sealed class SectorSeriesRecorder
{
    /// <summary>At most this many samples on the grid, so a week-long exercise stays a readable file.</summary>
    public const int MaxSamples = 1000;

    private readonly List<SectorSample> _samples = [];
    private readonly IReadOnlyList<string> _sectors;
    private readonly TimeSpan _interval;
    private SectorModel? _copy;
    private long _copiedAtSeq = -1;
    private TimeSpan _nextSample = TimeSpan.Zero;

    public SectorSeriesRecorder(IReadOnlyList<string> sectors, TimeSpan duration)
    {
        _sectors = sectors;
        var minutes = Math.Max(1, (int)Math.Ceiling(duration.TotalMinutes / MaxSamples));
        _interval = TimeSpan.FromMinutes(minutes);
    }

    /// <summary>Takes a sample when the run has reached the next grid point (runs step a minute at most).</summary>
    public void Observe(ExerciseState state, TimeSpan now)
    {
        if (_sectors.Count == 0 || now < _nextSample)
        {
            return;
        }

        Take(state, now);
        while (_nextSample <= now)
        {
            _nextSample += _interval;
        }
    }

    public SectorSeries Finish(ExerciseState state, TimeSpan endedAt)
    {
        if (_sectors.Count > 0 && (_samples.Count == 0 || _samples[^1].At < endedAt))
        {
            Take(state, endedAt);
        }

        return new SectorSeries(_sectors, _interval, _samples);
    }

    private void Take(ExerciseState state, TimeSpan at)
    {
        if (_copy is null || _copiedAtSeq != state.LastSeq || _copy.Time > at)
        {
            _copy = state.Model.Clone();
            _copiedAtSeq = state.LastSeq;
        }

        _copy.AdvanceTo(at);
        _samples.Add(new SectorSample(at, [.. _copy.Inoperability.Select(q => Math.Round(q, 6))]));
    }
}
