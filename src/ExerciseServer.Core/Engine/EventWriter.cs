using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;

namespace ExerciseServer.Core.Engine;

/// <summary>
/// The one way the engine changes the state: each event is numbered after the last, stamped with the wall time of
/// the call and the key of the command that caused it, applied to the state, kept for the caller, and then shown to
/// <paramref name="applied"/> (the condition watches), in that order.
/// </summary>
internal sealed class EventWriter(ExerciseState state, Action<ExerciseEvent> applied)
{
    private string? _commandKey;
    private string? _commandFingerprint;
    private ExerciseCommand? _command;

    /// <summary>The wall time of the call being processed: every event written during it carries it.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>The events written since <see cref="Begin"/>, in order.</summary>
    public List<ExerciseEvent> Written { get; private set; } = [];

    /// <summary>Starts a call at <paramref name="now"/>: what it writes is not attributed to a command until <see cref="Attribute"/>.</summary>
    public void Begin(DateTimeOffset now)
    {
        Written = [];
        _commandKey = null;
        _commandFingerprint = null;
        _command = null;
        Now = now;
    }

    /// <summary>From now on events carry <paramref name="command"/>'s idempotency key, so a retry finds them.</summary>
    public void Attribute(ExerciseCommand command)
    {
        _commandKey = command.IdempotencyKey;
        _command = command;
    }

    public void Emit(Func<long, ExerciseEvent> create)
    {
        // The fingerprint (a hash of the command's JSON) is made when the first event needs it: most commands of a
        // room acknowledging at once store no event.
        if (_commandKey is not null)
        {
            _commandFingerprint ??= CommandFingerprint.Of(_command!);
        }

        var e = create(state.LastSeq + 1) with { CommandKey = _commandKey, CommandFingerprint = _commandFingerprint };
        state.Apply(e);
        Written.Add(e);
        applied(e);
    }

    /// <summary>An inject's trigger fired at <paramref name="t"/>: released, or only due while control holds it.</summary>
    public void TriggerFired(InjectRuntime inject, TimeSpan t)
    {
        if (inject.Status == InjectStatus.Held)
        {
            Emit(seq => new InjectDue(seq, t, Now, EventAudience.ControlOnly, inject.Id));
        }
        else
        {
            Emit(seq => new InjectReleased(seq, t, Now, inject.Audience, inject.Id, ByControl: false));
        }
    }
}
