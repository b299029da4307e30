using System.Globalization;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Conditions;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Simulation;

namespace ExerciseServer.Core.Engine;

/// <summary>
/// Runs one exercise: commands in, events out. The engine never reads the clock — every call gets <c>now</c> —
/// and every change goes through <see cref="ExerciseState.Apply"/>, so the events it returns rebuild the same
/// state on replay.
/// <para>Clock semantics, all in game time (the offset from the exercise start):</para>
/// <list type="bullet">
/// <item>While running, game time = elapsed at the last clock event + (now − its wall time) × speed. Each
/// command first catches up: everything due up to the game time <c>now</c> shows is processed, in order of
/// game time, then deadlines before releases, then MSEL number. Each event carries the game time it was due
/// at, not the time the server noticed.</item>
/// <item>An item due exactly at the game time of a pause fires before the pause takes effect.</item>
/// <item>While paused game time stands still: nothing is released, no deadline runs, and deadlines are
/// therefore later in wall time by the length of the pause. Teams may still acknowledge, answer and decide.</item>
/// <item>A speed change first catches up at the old speed, then runs at the new one from that instant.</item>
/// <item>A jump (to the next inject, or to a game time) is allowed while running or paused; everything due
/// on the way fires in order, stamped with its own game time; the clock then shows the target and keeps the
/// running or paused state it had.</item>
/// <item>Conditions (<c>when</c>, evidence of expected actions, sector thresholds, end conditions) are checked
/// at every event and at every game minute; the sector model steps on the same one-minute grid.</item>
/// <item>The exercise ends by itself at its planned duration, or when an end condition holds.</item>
/// </list>
/// </summary>
public sealed class ExerciseEngine
{
    /// <summary>How often sector curves are sampled for the browser, while they change.</summary>
    public static readonly TimeSpan SampleInterval = TimeSpan.FromMinutes(10);

    private const double SampleChange = 1e-4;

    private readonly List<Inject> _whenInjects;
    private readonly ConditionWatch _when;
    private readonly ConditionWatch _evidence;
    private readonly Dictionary<string, int> _actionOrdinals;
    private InjectRuntime[] _whenRuntimes = [];
    private ActionRuntime[] _actions = [];
    private long _watchedSeq = -1;
    private EvaluationContext? _passContext;
    private static readonly SectorCondition[,] SectorTransitionTable = SectorTransitions();
    private readonly SectorCondition[,] _sectorTransitions;
    private readonly CommandChecks _checks;
    private List<ExerciseEvent> _pending = [];
    private string? _commandKey;
    private string? _commandFingerprint;
    private ExerciseCommand? _keyedCommand;
    private DateTimeOffset _now;
    private TimeSpan _checkedUntil;
    private SectorModel? _probe;
    private long _probeSeq = -1;

    public ExerciseEngine(ScenarioIndex index)
        : this(new ExerciseState(index))
    {
    }

    public ExerciseEngine(ExerciseState state)
    {
        State = state;
        _whenInjects = [.. state.Index.Scenario.Injects.Where(i => i.When is not null)];
        var sectors = state.Index.Scenario.Sectors.Select(s => s.Id).ToList();
        var actions = state.Actions.Values.ToList();
        _when = new ConditionWatch([.. _whenInjects.Select(i => i.When!.Expression)], sectors);
        _evidence = new ConditionWatch([.. actions.Select(EvidenceOf)], sectors);
        _actionOrdinals = actions.Select((a, i) => (a.Definition.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        _sectorTransitions = SectorTransitionTable;
        _checkedUntil = state.LastEventGameTime;
        _checks = new CommandChecks(state);
    }

    public ExerciseState State { get; }

    /// <summary>
    /// Checks every pending condition at every pass, as the engine did before <see cref="ConditionWatch"/>: the
    /// reference the tests compare the watched checks with. Never set in play.
    /// </summary>
    internal bool ScanEveryCondition { get; init; }

    public TimeSpan Duration => State.Index.Scenario.Clock.Duration;

    /// <summary>The game time the exercise has been processed up to.</summary>
    public TimeSpan CurrentGameTime => _checkedUntil > State.LastEventGameTime ? _checkedUntil : State.LastEventGameTime;

    /// <summary>
    /// While running, the next game time at which something can happen without a command: the earliest agenda
    /// item, the next one-minute grid check, or the planned end. Null when the clock does not run.
    /// </summary>
    public TimeSpan? NextWakeGameTime
    {
        get
        {
            if (State.Lifecycle != ExerciseLifecycle.Running)
            {
                return null;
            }

            var grid = TimeSpan.FromTicks(((_checkedUntil.Ticks / SectorModel.Step.Ticks) + 1) * SectorModel.Step.Ticks);
            var next = grid < Duration ? grid : Duration;
            return State.NextAgendaItem is { } item && item.Time < next ? item.Time : next;
        }
    }

    public CommandResult Execute(ExerciseCommand command, DateTimeOffset now)
    {
        if (command.IdempotencyKey is { } key && State.CommandKeys.ContainsKey(key))
        {
            // A retry is answered as a duplicate; another command under the same key is refused, so a reused key
            // never passes for success. Logs from before fingerprints bind keys to nothing: duplicate, as before.
            return State.CommandFingerprints.TryGetValue(key, out var first) && first != CommandFingerprint.Of(command)
                ? CommandResult.Rejected(Rejection.ReusedKey(key, CommandFingerprint.TypeWordOf(first)))
                : new CommandResult(true, [], null, Duplicate: true);
        }

        _pending = [];
        _commandKey = null;
        _commandFingerprint = null;
        _keyedCommand = null;
        _now = now;
        if (State.Lifecycle == ExerciseLifecycle.Running && command is not AdvanceClock)
        {
            CatchUp();
        }

        var rejection = _checks.Check(command, CurrentGameTime);
        if (rejection is not null)
        {
            return new CommandResult(false, _pending, rejection);
        }

        // The fingerprint (a hash of the command's JSON) is made when the first event needs it: most commands of a
        // room acknowledging at once store no event.
        _commandKey = command.IdempotencyKey;
        _keyedCommand = command;
        Perform(command);

        // What the command scheduled for this very instant (an 'after' with no delay, a follow-up) fires now.
        RunTo(CurrentGameTime);
        return CommandResult.Of(_pending);
    }

    private void Perform(ExerciseCommand command)
    {
        var now = CurrentGameTime;
        switch (command)
        {
            case StartExercise:
                Emit(seq => new ExerciseStarted(seq, TimeSpan.Zero, _now, EventAudience.Everyone, State.Index.Scenario.Id));
                _checkedUntil = TimeSpan.Zero;
                Settle(TimeSpan.Zero, sample: true);
                RunTo(TimeSpan.Zero);
                break;
            case AdvanceClock:
                CatchUp();
                break;
            case PauseExercise:
                Emit(seq => new ExercisePaused(seq, now, _now, EventAudience.Everyone));
                break;
            case ResumeExercise:
                Emit(seq => new ExerciseResumed(seq, now, _now, EventAudience.Everyone));
                break;
            case EndExercise:
                Emit(seq => new ExerciseEnded(seq, now, _now, EventAudience.Everyone, "ended by control"));
                break;
            case ResetExercise:
                Emit(seq => new ExerciseReset(seq, now, _now, EventAudience.Everyone));
                _checkedUntil = TimeSpan.Zero;
                break;
            case SetSpeed speed:
                Emit(seq => new ClockSpeedChanged(seq, now, _now, EventAudience.Everyone, speed.GameMinutesPerMinute));
                break;
            case JumpToNextInject:
                Jump(State.NextInjectDue!.Time);
                break;
            case JumpToTime jump:
                Jump(jump.GameTime);
                break;
            case ReleaseInject release:
                Emit(seq => new InjectReleased(seq, now, _now, State.Injects[release.InjectId].Audience, release.InjectId, ByControl: true));
                Settle(now, sample: false);
                break;
            case HoldInject hold:
                Emit(seq => new InjectHeld(seq, now, _now, EventAudience.ControlOnly, hold.InjectId));
                break;
            case SkipInject skip:
                Emit(seq => new InjectSkipped(seq, now, _now, EventAudience.ControlOnly, skip.InjectId));
                Settle(now, sample: false);
                break;
            case CancelInject cancel:
                Emit(seq => new InjectCancelled(seq, now, _now, EventAudience.ControlOnly, cancel.InjectId));
                break;
            case CreateAdHocInject adHoc:
                CreateAdHoc(adHoc, now);
                break;
            case AcknowledgeInject acknowledge:
                var team = command.Issuer.Team!;
                if (!State.Injects[acknowledge.InjectId].AcknowledgedBy.Contains(team))
                {
                    Emit(seq => new InjectAcknowledged(seq, now, _now, EventAudience.ForTeams([team]), acknowledge.InjectId, team));
                    Settle(now, sample: false);
                }

                break;
            case RespondToInject respond:
                Emit(seq => new InjectResponded(seq, now, _now, EventAudience.ForTeams([command.Issuer.Team!]), respond.InjectId, command.Issuer.Team!, respond.Text));
                Settle(now, sample: false);
                break;
            case RecordObservation observation:
                Emit(seq => new ObservationRecorded(seq, now, _now, EventAudience.ControlAndObservers, By(command.Issuer), observation.Text.Trim(), observation.InjectId, observation.Team, observation.ObjectiveId));
                break;
            case RecordRating rating:
                Emit(seq => new RatingRecorded(seq, now, _now, EventAudience.ControlAndObservers, By(command.Issuer), rating.TargetKind, rating.TargetId, rating.Rating, rating.Note));
                break;
            case RecordFinding finding:
                var findingId = finding.FindingId ?? $"F{State.FindingsWritten + 1}";
                Emit(seq => new FindingRecorded(seq, now, _now, EventAudience.ControlAndObservers, By(command.Issuer), findingId, finding.Kind, finding.ObjectiveId, finding.Text.Trim()));
                break;
            case PlanImprovement item:
                var itemId = item.ItemId ?? $"IP{State.ImprovementsWritten + 1}";
                Emit(seq => new ImprovementPlanned(seq, now, _now, EventAudience.ControlAndObservers, By(command.Issuer), itemId, item.FindingId, item.Action.Trim(), item.Owner.Trim(), item.Due));
                break;
            case WithdrawReviewItem withdraw:
                Emit(seq => new ReviewItemWithdrawn(seq, now, _now, EventAudience.ControlAndObservers, By(command.Issuer), withdraw.ItemId));
                break;
            case AnswerHotWash answer:
                Emit(seq => new HotWashAnswered(seq, now, _now, EventAudience.ForTeams([command.Issuer.Team!]), answer.QuestionId, command.Issuer.Team!, answer.Text.Trim()));
                break;
            case SendMessage message:
                var from = message.Issuer.Role == IssuerRole.Team ? message.Issuer.Team! : Audience.ControlKeyword;
                var audience = EventAudience.ForTeams(new[] { from, message.To }.Where(t => t != Audience.ControlKeyword));
                Emit(seq => new MessageSent(seq, now, _now, audience, from, message.To, message.Text));
                break;
            case TakeDecision decide:
                Emit(seq => new DecisionTaken(seq, now, _now, EventAudience.ForTeams([command.Issuer.Team!]), decide.DecisionId, decide.OptionId, command.Issuer.Team!, ByDefault: false));
                Settle(now, sample: false);
                break;
        }
    }

    private void CreateAdHoc(CreateAdHocInject adHoc, TimeSpan now)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"adhoc-{State.AdHocCount + 1}");
        var all = adHoc.To.Contains(Audience.AllKeyword, StringComparer.Ordinal);
        var audience = EventAudience.Addressed(
            all, adHoc.To.Where(t => !Audience.Keywords.Contains(t)), adHoc.To.Contains(Audience.ObserversKeyword, StringComparer.Ordinal));
        var channel = NodeWord(adHoc.Channel);
        Emit(seq => new AdHocInjectCreated(seq, now, _now, audience, id, [.. adHoc.To], channel, adHoc.Title.Trim(), adHoc.Body));
        Emit(seq => new InjectReleased(seq, now, _now, audience, id, ByControl: true));
        Settle(now, sample: false);
    }

    private void CatchUp()
    {
        var target = State.Clock.At(_now);
        if (target > Duration)
        {
            target = Duration;
        }

        RunTo(target);
        EndAtDuration(target);
    }

    private void Jump(TimeSpan target)
    {
        var from = CurrentGameTime;
        RunTo(target);
        if (State.Lifecycle == ExerciseLifecycle.Ended)
        {
            return;
        }

        Emit(seq => new ClockJumped(seq, target, _now, EventAudience.Everyone, from, target));
        EndAtDuration(target);
    }

    private void EndAtDuration(TimeSpan reached)
    {
        if (reached >= Duration && State.Lifecycle is ExerciseLifecycle.Running or ExerciseLifecycle.Paused)
        {
            Emit(seq => new ExerciseEnded(seq, Duration, _now, EventAudience.Everyone, "the planned duration was reached"));
        }
    }

    /// <summary>Processes agenda items and one-minute grid checks in game-time order up to <paramref name="target"/>.</summary>
    private void RunTo(TimeSpan target)
    {
        var guard = 0;
        while (State.Lifecycle is ExerciseLifecycle.Running or ExerciseLifecycle.Paused)
        {
            var item = State.NextAgendaItem;
            var grid = TimeSpan.FromTicks(((_checkedUntil.Ticks / SectorModel.Step.Ticks) + 1) * SectorModel.Step.Ticks);
            if (item is not null && item.Time <= target && item.Time <= grid)
            {
                var before = State.LastSeq;
                Process(item);
                if (State.LastSeq == before || ++guard > 1_000_000)
                {
                    throw new InvalidOperationException($"The agenda item {item} did not produce an event; the engine would loop.");
                }

                if (item.Time > _checkedUntil)
                {
                    _checkedUntil = item.Time;
                }

                Settle(item.Time, sample: false);
                continue;
            }

            if (grid <= target)
            {
                _checkedUntil = grid;
                Settle(grid, sample: grid.Ticks % SampleInterval.Ticks == 0);
                continue;
            }

            break;
        }

        if (target > _checkedUntil && State.Lifecycle != ExerciseLifecycle.Ended)
        {
            _checkedUntil = target;
        }
    }

    private void Process(AgendaItem item)
    {
        var t = item.Time;
        switch (item.Kind)
        {
            case AgendaKind.PerturbationExpiry:
                Emit(seq => new PerturbationExpired(seq, t, _now, EventAudience.ControlAndObservers, item.Id, item.Amount));
                break;
            case AgendaKind.DecisionDeadline:
                var decision = State.Decisions[item.Id].Definition;
                Emit(seq => new DecisionTaken(seq, t, _now, EventAudience.ForTeams([decision.By.Id]), decision.Id, decision.Default!.Value.Id, decision.By.Id, ByDefault: true));
                break;
            case AgendaKind.ActionDeadline:
                var action = State.Actions[item.Id];
                Emit(seq => new ExpectedActionMissed(seq, t, _now, EventAudience.ControlAndObservers, action.Definition.Id, action.Team));
                break;
            case AgendaKind.InjectExpiry:
                Emit(seq => new InjectExpired(seq, t, _now, State.Injects[item.Id].Audience.IsControlOnly ? EventAudience.ControlOnly : EventAudience.ControlAndObservers, item.Id));
                break;
            case AgendaKind.InjectDue:
                Due(State.Injects[item.Id], t);
                break;
        }
    }

    private void Due(InjectRuntime inject, TimeSpan t)
    {
        if (inject.Status == InjectStatus.Held)
        {
            Emit(seq => new InjectDue(seq, t, _now, EventAudience.ControlOnly, inject.Id));
        }
        else
        {
            Emit(seq => new InjectReleased(seq, t, _now, inject.Audience, inject.Id, ByControl: false));
        }
    }

    /// <summary>Checks every condition at game time <paramref name="t"/> until nothing more changes.</summary>
    private void Settle(TimeSpan t, bool sample)
    {
        for (var pass = 0; pass < 100 && State.Lifecycle is ExerciseLifecycle.Running or ExerciseLifecycle.Paused; pass++)
        {
            var before = State.LastSeq;
            var model = ProbeAt(t);
            var context = new EvaluationContext(State, model, t);
            CheckSectors(model, t);
            CheckEvidence(context, t);
            CheckWhen(context, t);
            CheckEnd(context, t);
            if (State.LastSeq == before)
            {
                break;
            }
        }

        if (sample && State.Lifecycle is ExerciseLifecycle.Running or ExerciseLifecycle.Paused)
        {
            var model = ProbeAt(t);
            for (var i = 0; i < model.Ids.Count; i++)
            {
                var q = model.Inoperability[i];
                if (Math.Abs(q - State.LastSample[i]) > SampleChange || t == TimeSpan.Zero)
                {
                    var sector = model.Ids[i];
                    var c = model.Perturbation[i];
                    Emit(seq => new SectorSampled(seq, t, _now, State.Index.SectorAudience(sector), sector, Math.Round(q, 6), Math.Round(c, 6)));
                }
            }
        }
    }

    private void CheckSectors(SectorModel model, TimeSpan t)
    {
        var sectors = State.Index.Scenario.Sectors;
        for (var i = 0; i < sectors.Count; i++)
        {
            var q = model.Inoperability[i];
            var from = State.Conditions[i];
            var to = _sectorTransitions[(int)from, (int)SectorStateMachine.Observe(q, sectors[i].Thresholds)];
            if (to != from)
            {
                var id = sectors[i].Id;
                Emit(seq => new SectorStateChanged(seq, t, _now, State.Index.SectorAudience(id), id, from, to, Math.Round(q, 6)));
            }
        }
    }

    private void CheckEvidence(EvaluationContext context, TimeSpan t)
    {
        if (ScanEveryCondition)
        {
            ScanEvidence(context, t);
            return;
        }

        EnsureWatching();
        _evidence.BeginPass(t, context);
        _passContext = context;
        try
        {
            for (var i = _evidence.Next(); i >= 0; i = _evidence.Next())
            {
                var action = _actions[i];
                if (action.Status != ActionStatus.Pending)
                {
                    _evidence.Close(i);
                    continue;
                }

                if (_evidence.Evaluate(i, context))
                {
                    var after = t - action.StartedAt!.Value;
                    Emit(seq => new ExpectedActionMet(seq, t, _now, EventAudience.ControlAndObservers, action.Definition.Id, action.Team, after));
                }
            }
        }
        finally
        {
            _passContext = null;
            _evidence.EndPass();
        }
    }

    private void CheckWhen(EvaluationContext context, TimeSpan t)
    {
        if (ScanEveryCondition)
        {
            ScanWhen(context, t);
            return;
        }

        EnsureWatching();
        _when.BeginPass(t, context);
        _passContext = context;
        try
        {
            for (var i = _when.Next(); i >= 0; i = _when.Next())
            {
                var runtime = _whenRuntimes[i];
                if (runtime.Status is not (InjectStatus.Pending or InjectStatus.Held))
                {
                    _when.Close(i);
                    continue;
                }

                if (_when.Evaluate(i, context))
                {
                    Due(runtime, t);
                }
            }
        }
        finally
        {
            _passContext = null;
            _when.EndPass();
        }
    }

    private void ScanEvidence(EvaluationContext context, TimeSpan t)
    {
        foreach (var action in State.Actions.Values)
        {
            if (action.Status != ActionStatus.Pending)
            {
                continue;
            }

            var met = action.Definition.Evidence is { } evidence
                ? ConditionEvaluator.IsTrue(evidence.Expression, context)
                : context.Responded(action.Inject.Id, action.Team);
            if (met)
            {
                var after = t - action.StartedAt!.Value;
                Emit(seq => new ExpectedActionMet(seq, t, _now, EventAudience.ControlAndObservers, action.Definition.Id, action.Team, after));
            }
        }
    }

    private void ScanWhen(EvaluationContext context, TimeSpan t)
    {
        foreach (var inject in _whenInjects)
        {
            var runtime = State.Injects[inject.Id];
            if (runtime.Status is InjectStatus.Pending or InjectStatus.Held && ConditionEvaluator.IsTrue(inject.When!.Expression, context))
            {
                Due(runtime, t);
            }
        }
    }

    /// <summary>The watches follow the state event by event; a state changed behind the engine's back is read afresh.</summary>
    private void EnsureWatching()
    {
        if (_watchedSeq != State.LastSeq)
        {
            Rewatch();
        }
    }

    private void Rewatch()
    {
        _whenRuntimes = [.. _whenInjects.Select(i => State.Injects[i.Id])];
        _actions = [.. State.Actions.Values];
        _when.Reset(i => _whenRuntimes[i].Status is InjectStatus.Pending or InjectStatus.Held);
        _evidence.Reset(i => _actions[i].Status == ActionStatus.Pending);
        _watchedSeq = State.LastSeq;
    }

    /// <summary>After an event is applied: what it may have changed is checked again at the next pass.</summary>
    private void Watch(ExerciseEvent e)
    {
        if (ScanEveryCondition || _watchedSeq != e.Seq - 1)
        {
            return;
        }

        if (!(_when.Touch(e, State) & _evidence.Touch(e, State)))
        {
            Rewatch();
            return;
        }

        switch (e)
        {
            case InjectReleased released when State.Injects[released.InjectId].Definition is { } definition:
                foreach (var action in definition.ExpectedActions)
                {
                    if (_actionOrdinals.TryGetValue(action.Id, out var i) && _actions[i].Status == ActionStatus.Pending)
                    {
                        _evidence.Open(i);
                    }
                }

                break;
            case ExpectedActionMet met when _actionOrdinals.TryGetValue(met.ActionId, out var i):
                _evidence.Close(i);
                break;
            case ExpectedActionMissed missed when _actionOrdinals.TryGetValue(missed.ActionId, out var i):
                _evidence.Close(i);
                break;
        }

        _watchedSeq = e.Seq;
        if (_passContext is { } context)
        {
            _when.AfterEventInPass(context);
            _evidence.AfterEventInPass(context);
        }
    }

    /// <summary>An expected action without evidence is met by its team's answer to the inject.</summary>
    private static ConditionExpression EvidenceOf(ActionRuntime action) =>
        action.Definition.Evidence?.Expression
        ?? new CallExpression("responded", [new Reference(action.Inject.Id, action.Definition.Location), new Reference(action.Team, action.Definition.Location)], action.Definition.Location);

    private void CheckEnd(EvaluationContext context, TimeSpan t)
    {
        foreach (var condition in State.Index.Scenario.End.When)
        {
            if (ConditionEvaluator.IsTrue(condition.Expression, context))
            {
                Emit(seq => new ExerciseEnded(seq, t, _now, EventAudience.Everyone, $"the end condition held: {condition.Text}"));
                return;
            }
        }
    }

    /// <summary>
    /// Where the sector state machine goes from each state on each observed level, read off the machine once: firing a
    /// Stateless machine at every pass for every sector cost more than all the conditions of a 28,000-inject scenario.
    /// </summary>
    private static SectorCondition[,] SectorTransitions()
    {
        var states = Enum.GetValues<SectorCondition>();
        var triggers = Enum.GetValues<SectorTrigger>();
        var table = new SectorCondition[states.Max(s => (int)s) + 1, triggers.Max(t => (int)t) + 1];
        var scratch = SectorCondition.Normal;
        var machine = SectorStateMachine.Create(() => scratch, s => scratch = s);
        foreach (var state in states)
        {
            foreach (var trigger in triggers)
            {
                scratch = state;
                machine.Fire(trigger);
                table[(int)state, (int)trigger] = scratch;
            }
        }

        return table;
    }

    /// <summary>The sector model at <paramref name="t"/> without changing the state's own model.</summary>
    private SectorModel ProbeAt(TimeSpan t)
    {
        if (State.Model.Time == t)
        {
            return State.Model;
        }

        if (_probe is null || _probeSeq != State.LastSeq || _probe.Time > t)
        {
            _probe = State.Model.Clone();
            _probeSeq = State.LastSeq;
        }

        _probe.AdvanceTo(t);
        return _probe;
    }

    private void Emit(Func<long, ExerciseEvent> create)
    {
        if (_commandKey is not null)
        {
            _commandFingerprint ??= CommandFingerprint.Of(_keyedCommand!);
        }

        var e = create(State.LastSeq + 1) with { CommandKey = _commandKey, CommandFingerprint = _commandFingerprint };
        State.Apply(e);
        _pending.Add(e);
        Watch(e);
    }

    private static string By(CommandIssuer issuer) =>
        issuer.Name is { Length: > 0 } name ? $"{issuer.Role.ToString().ToLowerInvariant()}: {name}" : issuer.Role.ToString().ToLowerInvariant();

    private static string NodeWord(string channel) =>
        Scenarios.Loading.NodeReader.SnakeCase(Enum.Parse<InjectChannel>(channel.Replace("_", "", StringComparison.Ordinal), ignoreCase: true).ToString());
}
