using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Simulation;

namespace ExerciseServer.Core.Engine;

/// <summary>
/// The exercise's state as the fold of its events: <see cref="Apply"/> is the only thing that changes it, and
/// applying the same events to a fresh state gives the same state. The agenda of timed items is part of it,
/// kept exact by Apply so the engine never meets a stale item.
/// </summary>
public sealed class ExerciseState
{
    private readonly Dictionary<string, List<AgendaItem>> _agendaByKey = new(StringComparer.Ordinal);
    private readonly Stateless.StateMachine<InjectStatus, InjectTrigger> _injectMachine;
    private InjectRuntime? _firing;

    public ExerciseState(ScenarioIndex index)
    {
        Index = index;

        // One machine bound to the inject being changed: configuring a Stateless machine per event is costly.
        _injectMachine = InjectMachine.Create(() => _firing?.Status ?? InjectStatus.Pending, s => _firing!.Status = s);
        Clock = new GameClock(TimeSpan.Zero, DateTimeOffset.UnixEpoch, index.Scenario.Clock.Speed, Running: false);
        Initialise();
    }

    public ScenarioIndex Index { get; }
    public ExerciseLifecycle Lifecycle { get; private set; } = ExerciseLifecycle.Ready;
    public GameClock Clock { get; private set; }
    public long LastSeq { get; private set; }
    public TimeSpan LastEventGameTime { get; private set; }
    public DateTimeOffset? LastEventWallTime { get; private set; }
    public string? EndReason { get; private set; }
    public Dictionary<string, InjectRuntime> Injects { get; } = new(StringComparer.Ordinal);
    public List<InjectRuntime> InjectsInOrder { get; } = [];
    public Dictionary<string, DecisionRuntime> Decisions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, ActionRuntime> Actions { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, SortedDictionary<string, double>> Resources { get; } = new(StringComparer.Ordinal);
    public SectorModel Model { get; private set; } = null!;
    public SectorCondition[] Conditions { get; private set; } = [];
    public double[] LastSample { get; private set; } = [];
    public SortedSet<AgendaItem> Agenda { get; } = [];
    public Dictionary<string, long> CommandKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>What each idempotency key was first used for, where the log recorded it (older logs did not).</summary>
    public Dictionary<string, string> CommandFingerprints { get; } = new(StringComparer.Ordinal);

    public int AdHocCount { get; private set; }

    /// <summary>Strengths and areas for improvement by id; withdrawn ones are gone.</summary>
    public Dictionary<string, FindingRecorded> Findings { get; } = new(StringComparer.Ordinal);

    /// <summary>Improvement-plan items by id; withdrawn ones are gone.</summary>
    public Dictionary<string, ImprovementPlanned> Improvements { get; } = new(StringComparer.Ordinal);

    /// <summary>The latest hot-wash answer per question and team.</summary>
    public Dictionary<(string Question, string Team), HotWashAnswered> HotWashAnswers { get; } = [];

    /// <summary>Findings and items ever written, withdrawn or not, so a new id never reuses an old one.</summary>
    public int FindingsWritten { get; private set; }

    public int ImprovementsWritten { get; private set; }

    public static ExerciseState Replay(ScenarioIndex index, IEnumerable<ExerciseEvent> events)
    {
        var state = new ExerciseState(index);
        foreach (var e in events)
        {
            state.Apply(e);
        }

        return state;
    }

    public void Apply(ExerciseEvent e)
    {
        if (e.Seq != LastSeq + 1)
        {
            throw new InvalidOperationException($"Event {e.Seq} does not follow {LastSeq}: the log has a gap or a duplicate.");
        }

        LastSeq = e.Seq;
        LastEventWallTime = e.WallTime;
        if (e is ExerciseReset)
        {
            Lifecycle = Fire(Lifecycle, LifecycleTrigger.Reset);
            Clock = new GameClock(TimeSpan.Zero, e.WallTime, Index.Scenario.Clock.Speed, Running: false);
            EndReason = null;
            LastEventGameTime = TimeSpan.Zero;
            Initialise();
            return;
        }

        Model.AdvanceTo(e.GameTime);
        LastEventGameTime = e.GameTime;
        if (e.CommandKey is { } key && CommandKeys.TryAdd(key, e.Seq) && e.CommandFingerprint is { } fingerprint)
        {
            CommandFingerprints[key] = fingerprint;
        }

        switch (e)
        {
            case ExerciseStarted:
                Lifecycle = Fire(Lifecycle, LifecycleTrigger.Start);
                Clock = Clock with { Elapsed = e.GameTime, Anchor = e.WallTime, Running = true };
                break;
            case ExercisePaused:
                Lifecycle = Fire(Lifecycle, LifecycleTrigger.Pause);
                Clock = Clock with { Elapsed = e.GameTime, Anchor = e.WallTime, Running = false };
                break;
            case ExerciseResumed:
                Lifecycle = Fire(Lifecycle, LifecycleTrigger.Resume);
                Clock = Clock with { Elapsed = e.GameTime, Anchor = e.WallTime, Running = true };
                break;
            case ExerciseEnded ended:
                Lifecycle = Fire(Lifecycle, LifecycleTrigger.End);
                Clock = Clock with { Elapsed = e.GameTime, Anchor = e.WallTime, Running = false };
                EndReason = ended.Reason;
                break;
            case ClockSpeedChanged speed:
                Clock = Clock with { Elapsed = e.GameTime, Anchor = e.WallTime, Speed = speed.GameMinutesPerMinute };
                break;
            case ClockJumped jumped:
                Clock = Clock with { Elapsed = jumped.To, Anchor = e.WallTime };
                break;
            case InjectDue due:
                FireInject(due.InjectId, InjectTrigger.TriggerFired);
                Injects[due.InjectId].DueAt = e.GameTime;
                Unschedule(AgendaKind.InjectDue, due.InjectId);
                break;
            case InjectHeld held:
                FireInject(held.InjectId, InjectTrigger.Hold);
                break;
            case InjectReleased released:
                ApplyRelease(released);
                break;
            case InjectSkipped skipped:
                FireInject(skipped.InjectId, InjectTrigger.Skip);
                Unschedule(AgendaKind.InjectDue, skipped.InjectId);
                ScheduleAfterDependents(skipped.InjectId, e.GameTime);
                break;
            case InjectCancelled cancelled:
                FireInject(cancelled.InjectId, InjectTrigger.Cancel);
                Unschedule(AgendaKind.InjectDue, cancelled.InjectId);
                break;
            case InjectAcknowledged acknowledged:
                ApplyAcknowledgement(acknowledged.InjectId, acknowledged.Team);
                break;
            case InjectResponded responded:
                ApplyResponse(responded, e.GameTime);
                break;
            case InjectExpired expired:
                FireInject(expired.InjectId, InjectTrigger.Expire);
                Unschedule(AgendaKind.InjectExpiry, expired.InjectId);
                break;
            case AdHocInjectCreated created:
                AddAdHoc(created);
                break;
            case DecisionTaken taken:
                ApplyDecision(taken);
                break;
            case ExpectedActionMet met:
                Judge(met.ActionId, ActionStatus.Met, e.GameTime);
                break;
            case ExpectedActionMissed missed:
                Judge(missed.ActionId, ActionStatus.Missed, e.GameTime);
                foreach (var contingency in Index.Contingencies.GetValueOrDefault(missed.ActionId) ?? [])
                {
                    ScheduleDue(contingency.Id, e.GameTime);
                }

                break;
            case PerturbationExpired expiredPerturbation:
                Model.AddPerturbation(expiredPerturbation.Sector, -expiredPerturbation.Delta);
                Agenda.RemoveWhere(i => i.Kind == AgendaKind.PerturbationExpiry && i.Time == e.GameTime && i.Id == expiredPerturbation.Sector && i.Amount == expiredPerturbation.Delta);
                break;
            case SectorStateChanged changed:
                Conditions[Model.Index[changed.Sector]] = changed.To;
                break;
            case SectorSampled sampled:
                LastSample[Model.Index[sampled.Sector]] = sampled.Inoperability;
                break;
            case FindingRecorded finding:
                FindingsWritten += Findings.ContainsKey(finding.FindingId) ? 0 : 1;
                Findings[finding.FindingId] = finding;
                break;
            case ImprovementPlanned item:
                ImprovementsWritten += Improvements.ContainsKey(item.ItemId) ? 0 : 1;
                Improvements[item.ItemId] = item;
                break;
            case ReviewItemWithdrawn withdrawn:
                _ = Findings.Remove(withdrawn.ItemId) || Improvements.Remove(withdrawn.ItemId);
                break;
            case HotWashAnswered answer:
                HotWashAnswers[(answer.QuestionId, answer.Team)] = answer;
                break;
        }
    }

    /// <summary>The earliest timed item, or null when nothing is scheduled.</summary>
    public AgendaItem? NextAgendaItem => Agenda.Count > 0 ? Agenda.Min : null;

    /// <summary>The next scheduled inject release, for "jump to next inject".</summary>
    public AgendaItem? NextInjectDue => Agenda.FirstOrDefault(i => i.Kind == AgendaKind.InjectDue);

    /// <summary>The game time the agenda will make this inject due, or null when nothing has scheduled it yet.</summary>
    public TimeSpan? ScheduledDue(string injectId) =>
        _agendaByKey.TryGetValue($"{(int)AgendaKind.InjectDue}:{injectId}", out var items) && items.Count > 0 ? items.Min(i => i.Time) : null;

    public bool IsRecipient(InjectRuntime inject, string team) => inject.Recipients.Contains(team, StringComparer.Ordinal);

    private void Initialise()
    {
        var scenario = Index.Scenario;
        Injects.Clear();
        InjectsInOrder.Clear();
        Decisions.Clear();
        Actions.Clear();
        Resources.Clear();
        Agenda.Clear();
        _agendaByKey.Clear();
        AdHocCount = 0;
        Findings.Clear();
        Improvements.Clear();
        HotWashAnswers.Clear();
        FindingsWritten = 0;
        ImprovementsWritten = 0;
        foreach (var inject in scenario.Injects)
        {
            var runtime = new InjectRuntime
            {
                Id = inject.Id,
                Number = inject.Number,
                Title = inject.Title,
                Definition = inject,
                Recipients = Index.RecipientsOf(inject.To),
                Audience = Index.AudienceOf(inject.To),
            };
            Injects[inject.Id] = runtime;
            InjectsInOrder.Add(runtime);
            if (inject.At is { } at)
            {
                ScheduleDue(inject.Id, at.Value);
            }

            foreach (var action in inject.ExpectedActions)
            {
                var team = action.Team?.Id ?? Index.RecipientsOf(inject.To).FirstOrDefault() ?? "";
                Actions[action.Id] = new ActionRuntime { Definition = action, Inject = inject, Team = team };
            }
        }

        foreach (var decision in scenario.Decisions)
        {
            Decisions[decision.Id] = new DecisionRuntime { Definition = decision };
        }

        foreach (var team in scenario.Teams)
        {
            Resources[team.Id] = new SortedDictionary<string, double>(team.Resources.DistinctBy(r => r.Name).ToDictionary(r => r.Name, r => r.Initial), StringComparer.Ordinal);
        }

        Model = new SectorModel(scenario.Sectors);
        Conditions = [.. scenario.Sectors.Select(s => SectorStateMachine.AtRest(SectorStateMachine.Observe(Model.InoperabilityOf(s.Id), s.Thresholds)))];
        LastSample = [.. Model.Inoperability];
    }

    private void ApplyRelease(InjectReleased released)
    {
        var inject = Injects[released.InjectId];
        FireInject(inject.Id, released.ByControl || inject.Status is InjectStatus.Held or InjectStatus.Due ? InjectTrigger.Release : InjectTrigger.TriggerFired);
        var at = released.GameTime;
        inject.ReleasedAt = at;
        inject.ReleasedByControl = released.ByControl;
        Unschedule(AgendaKind.InjectDue, inject.Id);
        if (inject.Definition is not { } definition)
        {
            return;
        }

        ApplyEffects(definition.Effects, at, released.Seq);
        ScheduleAfterDependents(inject.Id, at);
        TimeSpan? expiry = null;
        foreach (var action in definition.ExpectedActions)
        {
            var runtime = Actions[action.Id];
            runtime.Status = ActionStatus.Pending;
            runtime.StartedAt = at;
            runtime.Deadline = at + action.Within.Value;
            Schedule(new AgendaItem(runtime.Deadline.Value, AgendaKind.ActionDeadline, released.Seq, action.Id));
            expiry = expiry is null || runtime.Deadline > expiry ? runtime.Deadline : expiry;
        }

        if (definition.Decision is { } decisionRef && Decisions.TryGetValue(decisionRef.Id, out var decision) && decision.PresentedAt is null)
        {
            decision.PresentedAt = at;
            if (decision.Definition.Within is { } within && decision.Chosen is null)
            {
                var deadline = at + within.Value;
                if (decision.Definition.Default is not null)
                {
                    Schedule(new AgendaItem(deadline, AgendaKind.DecisionDeadline, released.Seq, decision.Definition.Id));
                }

                expiry = expiry is null || deadline > expiry ? deadline : expiry;
            }
        }

        if (expiry is { } end && inject.Recipients.Count > 0)
        {
            Schedule(new AgendaItem(end, AgendaKind.InjectExpiry, inject.Number, inject.Id));
        }
    }

    private void ApplyAcknowledgement(string injectId, string team)
    {
        var inject = Injects[injectId];
        inject.AcknowledgedBy.Add(team);
        if (inject.Status == InjectStatus.Released && inject.Recipients.All(inject.AcknowledgedBy.Contains))
        {
            FireInject(injectId, InjectTrigger.Acknowledge);
        }
    }

    private void ApplyResponse(InjectResponded responded, TimeSpan at)
    {
        var inject = Injects[responded.InjectId];
        inject.AcknowledgedBy.Add(responded.Team);
        if (!inject.Responses.TryGetValue(responded.Team, out var list))
        {
            inject.Responses[responded.Team] = list = [];
        }

        list.Add(new TeamResponse(responded.Text, at));
        if (inject.Status is InjectStatus.Released or InjectStatus.Acknowledged && inject.Recipients.All(inject.Responses.ContainsKey))
        {
            FireInject(inject.Id, InjectTrigger.Respond);
            Unschedule(AgendaKind.InjectExpiry, inject.Id);
        }
        else if (inject.Status == InjectStatus.Released && inject.Recipients.All(inject.AcknowledgedBy.Contains))
        {
            FireInject(inject.Id, InjectTrigger.Acknowledge);
        }
    }

    private void AddAdHoc(AdHocInjectCreated created)
    {
        AdHocCount++;
        var all = created.To.Contains(Audience.AllKeyword, StringComparer.Ordinal);
        var teams = created.To.Where(t => !Audience.Keywords.Contains(t)).ToList();
        var runtime = new InjectRuntime
        {
            Id = created.InjectId,
            Number = Index.Scenario.Injects.Count + AdHocCount,
            Title = created.Title,
            Recipients = all ? Index.Teams : teams,
            Audience = created.Audience,
            Channel = created.Channel,
            Body = created.Body,
        };
        Injects[runtime.Id] = runtime;
        InjectsInOrder.Add(runtime);
    }

    private void ApplyDecision(DecisionTaken taken)
    {
        var decision = Decisions[taken.DecisionId];
        decision.Chosen = taken.OptionId;
        decision.DecidedAt = taken.GameTime;
        decision.ByDefault = taken.ByDefault;
        Unschedule(AgendaKind.DecisionDeadline, taken.DecisionId);
        var option = decision.Definition.Options.First(o => o.Id == taken.OptionId);
        ApplyEffects(option.Effects, taken.GameTime, taken.Seq);
        if (Resources.TryGetValue(decision.Definition.By.Id, out var resources))
        {
            foreach (var change in option.Resources)
            {
                resources[change.Name] = resources.GetValueOrDefault(change.Name) + change.Delta;
            }
        }

        foreach (var followUp in option.FollowUps)
        {
            if (Injects.TryGetValue(followUp.Inject.Id, out var target) && target.IsWaiting)
            {
                ScheduleDue(target.Id, taken.GameTime + followUp.Delay.Value);
            }
        }
    }

    private void Judge(string actionId, ActionStatus status, TimeSpan at)
    {
        var action = Actions[actionId];
        action.Status = status;
        action.JudgedAt = at;
        Unschedule(AgendaKind.ActionDeadline, actionId);
    }

    private void ApplyEffects(IReadOnlyList<SectorEffect> effects, TimeSpan at, long seq)
    {
        for (var i = 0; i < effects.Count; i++)
        {
            var effect = effects[i];
            var sector = effect.Sector.Id;
            if (effect.Perturbation is { } delta)
            {
                Model.AddPerturbation(sector, delta);
                if (effect.For is { } duration)
                {
                    Agenda.Add(new AgendaItem(at + duration, AgendaKind.PerturbationExpiry, (seq * 64) + i, sector, delta));
                }
            }

            if (effect.Shock is { } shock)
            {
                Model.Shock(sector, shock);
            }

            if (effect.RecoveryFactor is { } factor)
            {
                Model.ScaleRecovery(sector, factor);
            }
        }
    }

    private void ScheduleAfterDependents(string injectId, TimeSpan at)
    {
        foreach (var dependent in Index.AfterDependents.GetValueOrDefault(injectId) ?? [])
        {
            if (Injects[dependent.Id].IsWaiting)
            {
                ScheduleDue(dependent.Id, at + dependent.After!.Delay.Value);
            }
        }
    }

    private void ScheduleDue(string injectId, TimeSpan at)
    {
        if (Injects.TryGetValue(injectId, out var inject) && inject.IsWaiting && inject.Status != InjectStatus.Due)
        {
            Schedule(new AgendaItem(at, AgendaKind.InjectDue, inject.Number, injectId));
        }
    }

    private void Schedule(AgendaItem item)
    {
        if (!Agenda.Add(item))
        {
            return;
        }

        var key = $"{(int)item.Kind}:{item.Id}";
        if (!_agendaByKey.TryGetValue(key, out var list))
        {
            _agendaByKey[key] = list = [];
        }

        list.Add(item);
    }

    private void Unschedule(AgendaKind kind, string id)
    {
        if (_agendaByKey.Remove($"{(int)kind}:{id}", out var items))
        {
            foreach (var item in items)
            {
                Agenda.Remove(item);
            }
        }
    }

    private void FireInject(string injectId, InjectTrigger trigger)
    {
        _firing = Injects[injectId];
        _injectMachine.Fire(trigger);
        _firing = null;
    }

    private static ExerciseLifecycle Fire(ExerciseLifecycle current, LifecycleTrigger trigger)
    {
        var state = current;
        LifecycleMachine.Create(() => state, s => state = s).Fire(trigger);
        return state;
    }
}
