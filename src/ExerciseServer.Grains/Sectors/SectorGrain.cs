using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Exercises;

namespace ExerciseServer.Grains.Sectors;

/// <summary>
/// Keeps one sector's history: the review's sector curves (and so the replay's) are read from here. It is derived
/// data: on activation it reads the exercise's log, then follows the events the exercise sends it, skipping any it
/// already has by sequence number, and reads the log again when asked for more than has arrived.
/// </summary>
[GrainType("sector")]
public sealed class SectorGrain : Grain, ISectorGrain
{
    private readonly List<SectorPoint> _points = [];
    private long _upTo;
    private long _runStart;
    private SectorCondition _state = SectorCondition.Normal;

    private string ExerciseId => this.GetPrimaryKeyString().Split('/')[0];

    private string Sector => this.GetPrimaryKeyString().Split('/')[1];

    public static string KeyOf(string exerciseId, string sector) => $"{exerciseId}/{sector}";

    public override Task OnActivateAsync(CancellationToken cancellationToken) => CatchUpAsync();

    private async Task CatchUpAsync()
    {
        var exercise = GrainFactory.GetGrain<IExerciseGrain>(ExerciseId);
        while (true)
        {
            var page = await exercise.GetEvents(_upTo, 5_000);
            if (page.Count == 0)
            {
                break;
            }

            Apply(page);
        }
    }

    public Task Observe(IReadOnlyList<ExerciseEvent> events)
    {
        Apply(events);
        return Task.CompletedTask;
    }

    public async Task<SectorHistory> GetHistory(long upToSeq = 0)
    {
        if (_upTo < upToSeq)
        {
            await CatchUpAsync();
        }

        return new SectorHistory(ExerciseId, Sector, _upTo, [.. _points], _runStart);
    }

    private void Apply(IEnumerable<ExerciseEvent> events)
    {
        foreach (var e in events)
        {
            if (e.Seq <= _upTo)
            {
                continue;
            }

            _upTo = e.Seq;
            switch (e)
            {
                case ExerciseReset:
                    _runStart = e.Seq;
                    _points.Clear();
                    _state = SectorCondition.Normal;
                    break;
                case SectorSampled sampled when sampled.Sector == Sector:
                    _points.Add(new SectorPoint(e.Seq, e.GameTime, sampled.Inoperability, sampled.Perturbation, _state));
                    break;
                case SectorStateChanged changed when changed.Sector == Sector:
                    _state = changed.To;
                    _points.Add(new SectorPoint(e.Seq, e.GameTime, changed.Inoperability, null, _state));
                    break;
            }
        }
    }
}
