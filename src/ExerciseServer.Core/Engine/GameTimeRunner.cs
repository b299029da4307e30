using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Simulation;

namespace ExerciseServer.Core.Engine;

/// <summary>
/// Moves game time forward: processes the agenda's timed items (releases, deadlines, expiries) and the one-minute
/// grid checks in game-time order, settles the conditions after each, and ends the exercise at its planned duration.
/// Knows how far the exercise has been processed; never reads the clock itself — the wall time comes with each call.
/// </summary>
internal sealed class GameTimeRunner(ExerciseState state, EventWriter writer, ConditionChecks conditions)
{
    private TimeSpan _checkedUntil = state.LastEventGameTime;

    /// <summary>The game time the exercise has been processed up to.</summary>
    public TimeSpan CurrentGameTime => _checkedUntil > state.LastEventGameTime ? _checkedUntil : state.LastEventGameTime;

    /// <summary>While running, the earliest of the next agenda item, the next grid check and the planned end.</summary>
    public TimeSpan? NextWakeGameTime
    {
        get
        {
            if (state.Lifecycle != ExerciseLifecycle.Running)
            {
                return null;
            }

            var grid = NextGrid();
            var next = grid < Duration ? grid : Duration;
            return state.NextAgendaItem is { } item && item.Time < next ? item.Time : next;
        }
    }

    private TimeSpan Duration => state.Index.Scenario.Clock.Duration;

    /// <summary>Just started: game time zero is checked, its sector values written, and what is due at zero fired.</summary>
    public void StartAtZero()
    {
        _checkedUntil = TimeSpan.Zero;
        conditions.Settle(TimeSpan.Zero, sample: true);
        RunTo(TimeSpan.Zero);
    }

    /// <summary>Just reset: nothing has been processed.</summary>
    public void Rewind() => _checkedUntil = TimeSpan.Zero;

    /// <summary>Processes everything due up to the game time the running clock shows at the call's wall time.</summary>
    public void CatchUp()
    {
        var target = state.Clock.At(writer.Now);
        if (target > Duration)
        {
            target = Duration;
        }

        RunTo(target);
        EndAtDuration(target);
    }

    /// <summary>Fires everything due on the way to <paramref name="target"/>, each at its own game time, then shows the target.</summary>
    public void Jump(TimeSpan target)
    {
        var from = CurrentGameTime;
        RunTo(target);
        if (state.Lifecycle == ExerciseLifecycle.Ended)
        {
            return;
        }

        writer.Emit(seq => new ClockJumped(seq, target, writer.Now, EventAudience.Everyone, from, target));
        EndAtDuration(target);
    }

    /// <summary>Processes agenda items and one-minute grid checks in game-time order up to <paramref name="target"/>.</summary>
    public void RunTo(TimeSpan target)
    {
        var guard = 0;
        while (state.Lifecycle is ExerciseLifecycle.Running or ExerciseLifecycle.Paused)
        {
            var item = state.NextAgendaItem;
            var grid = NextGrid();
            if (item is not null && item.Time <= target && item.Time <= grid)
            {
                var before = state.LastSeq;
                Process(item);
                if (state.LastSeq == before || ++guard > 1_000_000)
                {
                    throw new InvalidOperationException($"The agenda item {item} did not produce an event; the engine would loop.");
                }

                if (item.Time > _checkedUntil)
                {
                    _checkedUntil = item.Time;
                }

                conditions.Settle(item.Time, sample: false);
                continue;
            }

            if (grid <= target)
            {
                _checkedUntil = grid;
                conditions.Settle(grid, sample: grid.Ticks % ExerciseEngine.SampleInterval.Ticks == 0);
                continue;
            }

            break;
        }

        if (target > _checkedUntil && state.Lifecycle != ExerciseLifecycle.Ended)
        {
            _checkedUntil = target;
        }
    }

    private TimeSpan NextGrid() => TimeSpan.FromTicks(((_checkedUntil.Ticks / SectorModel.Step.Ticks) + 1) * SectorModel.Step.Ticks);

    private void EndAtDuration(TimeSpan reached)
    {
        if (reached >= Duration && state.Lifecycle is ExerciseLifecycle.Running or ExerciseLifecycle.Paused)
        {
            writer.Emit(seq => new ExerciseEnded(seq, Duration, writer.Now, EventAudience.Everyone, "the planned duration was reached"));
        }
    }

    /// <summary>One timed item: each produces exactly one event.</summary>
    private void Process(AgendaItem item)
    {
        var t = item.Time;
        var now = writer.Now;
        switch (item.Kind)
        {
            case AgendaKind.PerturbationExpiry:
                writer.Emit(seq => new PerturbationExpired(seq, t, now, EventAudience.ControlAndObservers, item.Id, item.Amount));
                break;
            case AgendaKind.DecisionDeadline:
                var decision = state.Decisions[item.Id].Definition;
                if (decision.Joint is not null)
                {
                    writer.Emit(seq => new JointDecisionResolved(seq, t, now, EventAudience.ForTeams(decision.Parties), decision.Id, decision.Default!.Value.Id, JointResolution.Deadline));
                    break;
                }

                writer.Emit(seq => new DecisionTaken(seq, t, now, EventAudience.ForTeams([decision.By.Id]), decision.Id, decision.Default!.Value.Id, decision.By.Id, ByDefault: true));
                break;
            case AgendaKind.ActionDeadline:
                var action = state.Actions[item.Id];
                writer.Emit(seq => new ExpectedActionMissed(seq, t, now, EventAudience.ControlAndObservers, action.Definition.Id, action.Team));
                break;
            case AgendaKind.InjectExpiry:
                var audience = state.Injects[item.Id].Audience.IsControlOnly ? EventAudience.ControlOnly : EventAudience.ControlAndObservers;
                writer.Emit(seq => new InjectExpired(seq, t, now, audience, item.Id));
                break;
            case AgendaKind.InjectDue:
                writer.TriggerFired(state.Injects[item.Id], t);
                break;
        }
    }
}
