using System.Runtime.CompilerServices;
using Stateless;

namespace ExerciseServer.Core.Engine.Machines;

/// <summary>
/// Where a Stateless machine goes from each state on each trigger, read off the machine once. The machine's
/// configuration stays the one definition (and draws the diagrams); the engine and the state ask this table, because
/// configuring or firing a Stateless machine at every event and every check cost more than the rest of the work.
/// A trigger the machine ignores leaves the state as it is and counts as allowed, as with Stateless itself.
/// </summary>
public sealed class MachineTransitions<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly TState?[,] _next;

    public MachineTransitions(Func<Func<TState>, Action<TState>, StateMachine<TState, TTrigger>> create)
    {
        if (Enum.GetUnderlyingType(typeof(TState)) != typeof(int) || Enum.GetUnderlyingType(typeof(TTrigger)) != typeof(int))
        {
            throw new ArgumentException("The states and triggers of a machine table must be int enums.", nameof(create));
        }

        var states = Enum.GetValues<TState>();
        var triggers = Enum.GetValues<TTrigger>();
        _next = new TState?[states.Max(ToInt) + 1, triggers.Max(ToInt) + 1];
        var scratch = states[0];
        var machine = create(() => scratch, s => scratch = s);
        foreach (var state in states)
        {
            foreach (var trigger in triggers)
            {
                scratch = state;
                if (machine.CanFire(trigger))
                {
                    machine.Fire(trigger);
                    _next[ToInt(state), ToInt(trigger)] = scratch;
                }
            }
        }
    }

    /// <summary>Whether <paramref name="trigger"/> is allowed in <paramref name="state"/>.</summary>
    public bool CanFire(TState state, TTrigger trigger) => _next[ToInt(state), ToInt(trigger)] is not null;

    /// <summary>The state after <paramref name="trigger"/>; throws, as Stateless does, when the trigger is not allowed.</summary>
    public TState Fire(TState state, TTrigger trigger) =>
        _next[ToInt(state), ToInt(trigger)]
        ?? throw new InvalidOperationException($"No valid leaving transitions are permitted from state '{state}' for trigger '{trigger}'.");

    /// <summary>Every state from which <paramref name="trigger"/> is allowed, in declaration order.</summary>
    public IEnumerable<TState> StatesAllowing(TTrigger trigger) => Enum.GetValues<TState>().Where(s => CanFire(s, trigger));

    // The machines' enums are int-backed (checked once below): read the number without boxing, as this runs per event.
    private static int ToInt<T>(T value)
        where T : struct, Enum => Unsafe.As<T, int>(ref value);
}
