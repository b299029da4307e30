using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Core.Review;

/// <summary>Rebuilds the exercise as it was at a moment of its log, by replaying the events up to it.</summary>
public static class ExerciseReplay
{
    /// <summary>The snapshot just after event <paramref name="seq"/> (the start, before any event, for 0).</summary>
    public static ExerciseSnapshot AtSeq(ScenarioIndex index, IEnumerable<ExerciseEvent> events, long seq)
    {
        var state = new ExerciseState(index);
        foreach (var e in events)
        {
            if (e.Seq > seq)
            {
                break;
            }

            state.Apply(e);
        }

        return ExerciseSnapshot.Of(state);
    }

    /// <summary>The last event at or before game time <paramref name="at"/> in the run since the last reset (the reset itself, or 0, when none).</summary>
    public static long SeqAt(IReadOnlyList<ExerciseEvent> events, TimeSpan at)
    {
        var runStart = 0;
        for (var i = events.Count - 1; i >= 0; i--)
        {
            if (events[i] is ExerciseReset)
            {
                runStart = i;
                break;
            }
        }

        var found = 0L;
        if (runStart < events.Count && events[runStart] is ExerciseReset reset)
        {
            // The reset carries the game time it happened at; the new run starts from zero after it.
            found = reset.Seq;
            runStart++;
        }

        for (var i = runStart; i < events.Count && events[i].GameTime <= at; i++)
        {
            found = events[i].Seq;
        }

        return found;
    }
}
