using ExerciseServer.Core.Words;
using System.Diagnostics;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Diagnostics;

namespace ExerciseServer.Grains.Exercises;

/// <summary>
/// What one exercise grain activation records into <see cref="ExerciseTelemetry"/>: each command's outcome, how late
/// the running clock released its injects, and which lifecycle the activation is counted under.
/// </summary>
internal sealed class ExerciseGrainMetrics
{
    /// <summary>The lifecycle this activation counts itself under in <see cref="ExerciseTelemetry.Exercises"/>.</summary>
    private ExerciseLifecycle? _countedLifecycle;

    /// <summary>Counts and tags a command's outcome, then hands it back.</summary>
    public static CommandOutcome Counted(string type, CommandOutcome outcome, Activity? activity)
    {
        var word = outcome.Duplicate ? "duplicate" : outcome.Accepted ? "accepted" : "rejected";
        ExerciseTelemetry.Commands.Add(1, new("type", type), new("outcome", word));
        activity?.SetTag("exerciseserver.outcome", word);
        if (outcome.Code is { } code)
        {
            ExerciseTelemetry.Rejections.Add(1, new("code", Rejection.WordOf(code)), new("origin", "exercise"));
            activity?.SetTag("exerciseserver.rejection", Rejection.WordOf(code));
        }

        return outcome;
    }

    /// <summary>
    /// Injects the running clock released on its own: how long after the wall time their due game time was reached
    /// (the clock before the command, which advancing does not change). Jumps and control's releases are not lateness.
    /// </summary>
    public static void RecordLateness(IReadOnlyList<ExerciseEvent> events, GameClock clock)
    {
        foreach (var e in events)
        {
            if (e is InjectReleased { ByControl: false } released && clock.WallTimeReaching(released.GameTime) is { } due)
            {
                ExerciseTelemetry.InjectLateness.Record(Math.Max(0, (released.WallTime - due).TotalSeconds));
            }
        }
    }

    /// <summary>Moves this activation's count in <see cref="ExerciseTelemetry.Exercises"/> to <paramref name="lifecycle"/> (null: not counted).</summary>
    public void CountLifecycle(ExerciseLifecycle? lifecycle)
    {
        if (lifecycle == _countedLifecycle)
        {
            return;
        }

        if (_countedLifecycle is { } before)
        {
            ExerciseTelemetry.Exercises.Add(-1, new KeyValuePair<string, object?>("lifecycle", StatusWords.Of(before)));
        }

        if (lifecycle is { } after)
        {
            ExerciseTelemetry.Exercises.Add(1, new KeyValuePair<string, object?>("lifecycle", StatusWords.Of(after)));
        }

        _countedLifecycle = lifecycle;
    }
}
