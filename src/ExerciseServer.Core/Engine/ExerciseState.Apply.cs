using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Simulation;

namespace ExerciseServer.Core.Engine;

// How each event changes the state: Apply and what it calls. The other part of this type holds what the state shows
// and how it starts.
public sealed partial class ExerciseState
{
    /// <summary>Changes the state by one event, the next in sequence: the only way the state changes.</summary>
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

        _model.AdvanceTo(e.GameTime);
        LastEventGameTime = e.GameTime;
        if (e.CommandKey is { } key && _commandKeys.TryAdd(key, e.Seq) && e.CommandFingerprint is { } fingerprint)
        {
            _commandFingerprints[key] = fingerprint;
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
                _injects[due.InjectId].MarkDue(e.GameTime);
                _agenda.Unschedule(AgendaKind.InjectDue, due.InjectId);
                break;
            case InjectHeld held:
                FireInject(held.InjectId, InjectTrigger.Hold);
                break;
            case InjectReleased released:
                ApplyRelease(released);
                break;
            case InjectSkipped skipped:
                FireInject(skipped.InjectId, InjectTrigger.Skip);
                _agenda.Unschedule(AgendaKind.InjectDue, skipped.InjectId);
                ScheduleAfterDependents(skipped.InjectId, e.GameTime);
                break;
            case InjectCancelled cancelled:
                FireInject(cancelled.InjectId, InjectTrigger.Cancel);
                _agenda.Unschedule(AgendaKind.InjectDue, cancelled.InjectId);
                break;
            case InjectAcknowledged acknowledged:
                ApplyAcknowledgement(acknowledged.InjectId, acknowledged.Team);
                break;
            case InjectResponded responded:
                ApplyResponse(responded, e.GameTime);
                break;
            case InjectExpired expired:
                FireInject(expired.InjectId, InjectTrigger.Expire);
                _agenda.Unschedule(AgendaKind.InjectExpiry, expired.InjectId);
                break;
            case AdHocInjectCreated created:
                AddAdHoc(created);
                break;
            case DecisionTaken taken:
                _decisions[taken.DecisionId].Decide(taken.OptionId, taken.GameTime, taken.ByDefault);
                ApplyChoice(_decisions[taken.DecisionId], taken.OptionId, taken.GameTime, taken.Seq);
                break;
            case JointVoteCast vote:
                _decisions[vote.DecisionId].RecordVote(new JointVote(vote.Team, vote.OptionId, vote.By, vote.GameTime));
                break;
            case JointDecisionResolved resolved:
                _decisions[resolved.DecisionId].Resolve(resolved.OptionId, resolved.GameTime, resolved.How);
                ApplyChoice(_decisions[resolved.DecisionId], resolved.OptionId, resolved.GameTime, resolved.Seq);
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
                _model.AddPerturbation(expiredPerturbation.Sector, -expiredPerturbation.Delta);
                _agenda.RemoveWhere(i => i.Kind == AgendaKind.PerturbationExpiry && i.Time == e.GameTime && i.Id == expiredPerturbation.Sector && i.Amount == expiredPerturbation.Delta);
                break;
            case SectorStateChanged changed:
                _conditions[_model.Index[changed.Sector]] = changed.To;
                break;
            case SectorSampled sampled:
                _lastSample[_model.Index[sampled.Sector]] = sampled.Inoperability;
                break;
            case FindingRecorded finding:
                FindingsWritten += _findings.ContainsKey(finding.FindingId) ? 0 : 1;
                _findings[finding.FindingId] = finding;
                break;
            case ImprovementPlanned item:
                ImprovementsWritten += _improvements.ContainsKey(item.ItemId) ? 0 : 1;
                _improvements[item.ItemId] = item;
                break;
            case ReviewItemWithdrawn withdrawn:
                _ = _findings.Remove(withdrawn.ItemId) || _improvements.Remove(withdrawn.ItemId);
                break;
            case HotWashAnswered answer:
                _hotWashAnswers[(answer.QuestionId, answer.Team)] = answer;
                break;
        }
    }

    private void ApplyRelease(InjectReleased released)
    {
        var inject = _injects[released.InjectId];
        FireInject(inject.Id, released.ByControl || inject.Status is InjectStatus.Held or InjectStatus.Due ? InjectTrigger.Release : InjectTrigger.TriggerFired);
        var at = released.GameTime;
        inject.MarkReleased(at, released.ByControl);
        _agenda.Unschedule(AgendaKind.InjectDue, inject.Id);
        if (inject.Definition is not { } definition)
        {
            return;
        }

        ApplyEffects(definition.Effects, at, released.Seq);
        ScheduleAfterDependents(inject.Id, at);
        TimeSpan? expiry = null;
        foreach (var action in definition.ExpectedActions)
        {
            var runtime = _actions[action.Id];
            runtime.Start(at, at + action.Within.Value);
            _agenda.Schedule(new AgendaItem(runtime.Deadline!.Value, AgendaKind.ActionDeadline, released.Seq, action.Id));
            expiry = expiry is null || runtime.Deadline > expiry ? runtime.Deadline : expiry;
        }

        if (definition.Decision is { } decisionRef && _decisions.TryGetValue(decisionRef.Id, out var decision) && decision.PresentedAt is null)
        {
            decision.Present(at);
            if (decision.Definition.Within is { } within && decision.Chosen is null)
            {
                var deadline = at + within.Value;
                if (decision.Definition.Default is not null)
                {
                    _agenda.Schedule(new AgendaItem(deadline, AgendaKind.DecisionDeadline, released.Seq, decision.Definition.Id));
                }

                expiry = expiry is null || deadline > expiry ? deadline : expiry;
            }
        }

        if (expiry is { } end && inject.Recipients.Count > 0)
        {
            _agenda.Schedule(new AgendaItem(end, AgendaKind.InjectExpiry, inject.Number, inject.Id));
        }
    }

    private void ApplyAcknowledgement(string injectId, string team)
    {
        var inject = _injects[injectId];
        inject.Acknowledge(team);
        if (inject.Status == InjectStatus.Released && inject.Recipients.All(inject.AcknowledgedBy.Contains))
        {
            FireInject(injectId, InjectTrigger.Acknowledge);
        }
    }

    private void ApplyResponse(InjectResponded responded, TimeSpan at)
    {
        var inject = _injects[responded.InjectId];
        inject.Acknowledge(responded.Team);
        inject.AddResponse(responded.Team, new TeamResponse(responded.Text, at));
        if (inject.Status is InjectStatus.Released or InjectStatus.Acknowledged && inject.Recipients.All(inject.Responses.ContainsKey))
        {
            FireInject(inject.Id, InjectTrigger.Respond);
            _agenda.Unschedule(AgendaKind.InjectExpiry, inject.Id);
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
        // A role's team is the recipient that acknowledges and answers; only the role's participants read it.
        var teams = created.To.Where(t => !Audience.Keywords.Contains(t)).Select(ScenarioIndex.TeamOf).Distinct(StringComparer.Ordinal).ToList();
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
        _injects[runtime.Id] = runtime;
        _injectsInOrder.Add(runtime);
    }

    /// <summary>The chosen option's effects, resource changes (for each team the decision is put to) and follow-ups.</summary>
    private void ApplyChoice(DecisionRuntime decision, string optionId, TimeSpan at, long seq)
    {
        _agenda.Unschedule(AgendaKind.DecisionDeadline, decision.Definition.Id);
        var option = decision.Definition.Options.First(o => o.Id == optionId);
        ApplyEffects(option.Effects, at, seq);
        foreach (var team in decision.Definition.Parties)
        {
            if (_resources.TryGetValue(team, out var resources) && option.Resources.Count > 0)
            {
                // A team's resources are replaced, not changed in place, so what a reader was handed stays as it was.
                var changed = new SortedDictionary<string, double>((IDictionary<string, double>)resources, StringComparer.Ordinal);
                foreach (var change in option.Resources)
                {
                    changed[change.Name] = changed.GetValueOrDefault(change.Name) + change.Delta;
                }

                _resources[team] = changed;
            }
        }

        foreach (var followUp in option.FollowUps)
        {
            if (_injects.TryGetValue(followUp.Inject.Id, out var target) && target.IsWaiting)
            {
                ScheduleDue(target.Id, at + followUp.Delay.Value);
            }
        }
    }

    private void Judge(string actionId, ActionStatus status, TimeSpan at)
    {
        _actions[actionId].Judge(status, at);
        _agenda.Unschedule(AgendaKind.ActionDeadline, actionId);
    }

    private void ApplyEffects(IReadOnlyList<SectorEffect> effects, TimeSpan at, long seq)
    {
        for (var i = 0; i < effects.Count; i++)
        {
            var effect = effects[i];
            var sector = effect.Sector.Id;
            if (effect.Perturbation is { } delta)
            {
                _model.AddPerturbation(sector, delta);
                if (effect.For is { } duration)
                {
                    _agenda.Add(new AgendaItem(at + duration, AgendaKind.PerturbationExpiry, (seq * 64) + i, sector, delta));
                }
            }

            if (effect.Shock is { } shock)
            {
                _model.Shock(sector, shock);
            }

            if (effect.RecoveryFactor is { } factor)
            {
                _model.ScaleRecovery(sector, factor);
            }
        }
    }

    private void ScheduleAfterDependents(string injectId, TimeSpan at)
    {
        foreach (var dependent in Index.AfterDependents.GetValueOrDefault(injectId) ?? [])
        {
            if (_injects[dependent.Id].IsWaiting)
            {
                ScheduleDue(dependent.Id, at + dependent.After!.Delay.Value);
            }
        }
    }

    private void ScheduleDue(string injectId, TimeSpan at)
    {
        if (_injects.TryGetValue(injectId, out var inject) && inject.IsWaiting && inject.Status != InjectStatus.Due)
        {
            _agenda.Schedule(new AgendaItem(at, AgendaKind.InjectDue, inject.Number, injectId));
        }
    }

    private void FireInject(string injectId, InjectTrigger trigger)
    {
        var inject = _injects[injectId];
        inject.MoveTo(InjectMachine.Transitions.Fire(inject.Status, trigger));
    }

    private static ExerciseLifecycle Fire(ExerciseLifecycle current, LifecycleTrigger trigger) =>
        LifecycleMachine.Transitions.Fire(current, trigger);
}
