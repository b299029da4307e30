using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Scenarios.Conditions;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Simulation;

namespace ExerciseServer.Core.Engine;

/// <summary>
/// What follows by itself at one game time: sector states move with the sector model, expected actions are met by
/// their evidence, injects fire on their <c>when</c>, and the exercise ends on an end condition; checked over and over
/// until nothing more changes (<see cref="Settle"/>). The <c>when</c> conditions and the evidence are checked through
/// <see cref="ConditionWatch"/>es, which hand out only the conditions whose answer may have changed.
/// </summary>
internal sealed class ConditionChecks
{
    private const double SampleChange = 1e-4;

    private readonly ExerciseState _state;
    private readonly EventWriter _writer;
    private readonly List<Inject> _whenInjects;
    private readonly ConditionWatch _when;
    private readonly ConditionWatch _evidence;
    private readonly Dictionary<string, int> _actionOrdinals;
    private InjectRuntime[] _whenRuntimes = [];
    private ActionRuntime[] _actions = [];
    private long _watchedSeq = -1;
    private EvaluationContext? _passContext;
    private SectorModel? _probe;
    private long _probeSeq = -1;

    public ConditionChecks(ExerciseState state, EventWriter writer)
    {
        _state = state;
        _writer = writer;
        _whenInjects = [.. state.Index.Scenario.Injects.Where(i => i.When is not null)];
        var sectors = state.Index.Scenario.Sectors.Select(s => s.Id).ToList();
        var actions = state.Actions.Values.ToList();
        _when = new ConditionWatch([.. _whenInjects.Select(i => i.When!.Expression)], sectors);
        _evidence = new ConditionWatch([.. actions.Select(EvidenceOf)], sectors);
        _actionOrdinals = actions.Select((a, i) => (a.Definition.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>Checks every pending condition at every pass: the reference the watched checks are compared with.</summary>
    public bool ScanEveryCondition { get; set; }

    /// <summary>Checks every condition at game time <paramref name="t"/> until nothing more changes; then, when
    /// <paramref name="sample"/>, writes the sector values that moved.</summary>
    public void Settle(TimeSpan t, bool sample)
    {
        for (var pass = 0; pass < 100 && IsPlaying; pass++)
        {
            var before = _state.LastSeq;
            var model = ProbeAt(t);
            var context = new EvaluationContext(_state, model, t);
            CheckSectors(model, t);
            CheckEvidence(context, t);
            CheckWhen(context, t);
            CheckEnd(context, t);
            if (_state.LastSeq == before)
            {
                break;
            }
        }

        if (sample && IsPlaying)
        {
            Sample(t);
        }
    }

    /// <summary>After an event is applied: what it may have changed is checked again at the next pass.</summary>
    public void Watch(ExerciseEvent e)
    {
        if (ScanEveryCondition || _watchedSeq != e.Seq - 1)
        {
            return;
        }

        if (!(_when.Touch(e, _state) & _evidence.Touch(e, _state)))
        {
            Rewatch();
            return;
        }

        switch (e)
        {
            case InjectReleased released when _state.Injects[released.InjectId].Definition is { } definition:
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

    private bool IsPlaying => _state.Lifecycle is ExerciseLifecycle.Running or ExerciseLifecycle.Paused;

    private void CheckSectors(IReadOnlySectorModel model, TimeSpan t)
    {
        var sectors = _state.Index.Scenario.Sectors;
        for (var i = 0; i < sectors.Count; i++)
        {
            var q = model.Inoperability[i];
            var from = _state.Conditions[i];
            var to = SectorStateMachine.Transitions.Fire(from, SectorStateMachine.Observe(q, sectors[i].Thresholds));
            if (to != from)
            {
                var id = sectors[i].Id;
                _writer.Emit(seq => new SectorStateChanged(seq, t, _writer.Now, _state.Index.SectorAudience(id), id, from, to, Math.Round(q, 6)));
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
                    Met(action, t);
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
                    _writer.TriggerFired(runtime, t);
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
        foreach (var action in _state.Actions.Values)
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
                Met(action, t);
            }
        }
    }

    private void ScanWhen(EvaluationContext context, TimeSpan t)
    {
        foreach (var inject in _whenInjects)
        {
            var runtime = _state.Injects[inject.Id];
            if (runtime.Status is InjectStatus.Pending or InjectStatus.Held && ConditionEvaluator.IsTrue(inject.When!.Expression, context))
            {
                _writer.TriggerFired(runtime, t);
            }
        }
    }

    private void Met(ActionRuntime action, TimeSpan t)
    {
        var after = t - action.StartedAt!.Value;
        _writer.Emit(seq => new ExpectedActionMet(seq, t, _writer.Now, EventAudience.ControlAndObservers, action.Definition.Id, action.Team, after));
    }

    private void CheckEnd(EvaluationContext context, TimeSpan t)
    {
        foreach (var condition in _state.Index.Scenario.End.When)
        {
            if (ConditionEvaluator.IsTrue(condition.Expression, context))
            {
                _writer.Emit(seq => new ExerciseEnded(seq, t, _writer.Now, EventAudience.Everyone, $"the end condition held: {condition.Text}"));
                return;
            }
        }
    }

    /// <summary>Writes each sector value that moved since it was last written, and all of them at the start.</summary>
    private void Sample(TimeSpan t)
    {
        var model = ProbeAt(t);
        for (var i = 0; i < model.Ids.Count; i++)
        {
            var q = model.Inoperability[i];
            if (Math.Abs(q - _state.LastSample[i]) > SampleChange || t == TimeSpan.Zero)
            {
                var sector = model.Ids[i];
                var c = model.Perturbation[i];
                _writer.Emit(seq => new SectorSampled(seq, t, _writer.Now, _state.Index.SectorAudience(sector), sector, Math.Round(q, 6), Math.Round(c, 6)));
            }
        }
    }

    /// <summary>The watches follow the state event by event; a state changed behind the engine's back is read afresh.</summary>
    private void EnsureWatching()
    {
        if (_watchedSeq != _state.LastSeq)
        {
            Rewatch();
        }
    }

    private void Rewatch()
    {
        _whenRuntimes = [.. _whenInjects.Select(i => _state.Injects[i.Id])];
        _actions = [.. _state.Actions.Values];
        _when.Reset(i => _whenRuntimes[i].Status is InjectStatus.Pending or InjectStatus.Held);
        _evidence.Reset(i => _actions[i].Status == ActionStatus.Pending);
        _watchedSeq = _state.LastSeq;
    }

    /// <summary>An expected action without evidence is met by its team's answer to the inject.</summary>
    private static ConditionExpression EvidenceOf(ActionRuntime action) =>
        action.Definition.Evidence?.Expression
        ?? new CallExpression("responded", [new Reference(action.Inject.Id, action.Definition.Location), new Reference(action.Team, action.Definition.Location)], action.Definition.Location);

    /// <summary>The sector model at <paramref name="t"/> without changing the state's own model.</summary>
    private IReadOnlySectorModel ProbeAt(TimeSpan t)
    {
        if (_state.Model.Time == t)
        {
            return _state.Model;
        }

        if (_probe is null || _probeSeq != _state.LastSeq || _probe.Time > t)
        {
            _probe = _state.Model.Clone();
            _probeSeq = _state.LastSeq;
        }

        _probe.AdvanceTo(t);
        return _probe;
    }
}
