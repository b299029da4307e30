using System.Globalization;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Scenarios;
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
    private const int MaxTextLength = 20_000;
    private const int MaxNameLength = 200;

    private readonly List<Inject> _whenInjects;
    private readonly Stateless.StateMachine<SectorCondition, SectorTrigger> _sectorMachine;
    private SectorCondition _sectorScratch;
    private List<ExerciseEvent> _pending = [];
    private string? _commandKey;
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

        // One machine over a scratch field: configuring a Stateless machine per check would dominate the cost.
        _sectorMachine = SectorStateMachine.Create(() => _sectorScratch, s => _sectorScratch = s);
        _checkedUntil = state.LastEventGameTime;
    }

    public ExerciseState State { get; }

    public TimeSpan Duration => State.Index.Scenario.Clock.Duration;

    /// <summary>The game time the exercise has been processed up to.</summary>
    public TimeSpan CurrentGameTime => _checkedUntil > State.LastEventGameTime ? _checkedUntil : State.LastEventGameTime;

    public CommandResult Execute(ExerciseCommand command, DateTimeOffset now)
    {
        if (command.IdempotencyKey is { } key && State.CommandKeys.ContainsKey(key))
        {
            return new CommandResult(true, [], null, Duplicate: true);
        }

        _pending = [];
        _commandKey = null;
        _now = now;
        if (State.Lifecycle == ExerciseLifecycle.Running && command is not AdvanceClock)
        {
            CatchUp();
        }

        var rejection = Check(command);
        if (rejection is not null)
        {
            return new CommandResult(false, _pending, rejection);
        }

        _commandKey = command.IdempotencyKey;
        Perform(command);

        // What the command scheduled for this very instant (an 'after' with no delay, a follow-up) fires now.
        RunTo(CurrentGameTime);
        return CommandResult.Of(_pending);
    }

    private string? Check(ExerciseCommand command)
    {
        var lifecycle = State.Lifecycle;
        var isControl = command.Issuer.Role == IssuerRole.Control;
        var playing = lifecycle is ExerciseLifecycle.Running or ExerciseLifecycle.Paused;
        if (command is SendMessage message)
        {
            return CheckMessage(message, playing);
        }

        if (command is AnswerHotWash answer)
        {
            return CheckHotWash(answer, lifecycle);
        }

        if (command is RecordObservation or RecordRating or RecordFinding or PlanImprovement or WithdrawReviewItem)
        {
            return command.Issuer.Role is IssuerRole.Control or IssuerRole.Evaluator
                ? CheckEvaluation(command, lifecycle)
                : "only exercise control and evaluators may record observations, ratings, findings and improvement items";
        }

        var needsControl = command is not (AcknowledgeInject or RespondToInject or TakeDecision);
        if (needsControl && !isControl)
        {
            return $"only exercise control may {Describe(command)}";
        }

        if (!needsControl && (command.Issuer.Role != IssuerRole.Team || command.Issuer.Team is null))
        {
            return "only a team may acknowledge, answer or decide; control can release, hold and write injects instead";
        }

        switch (command)
        {
            case StartExercise:
                return Lifecycle(LifecycleTrigger.Start);
            case PauseExercise:
                return Lifecycle(LifecycleTrigger.Pause);
            case ResumeExercise:
                return Lifecycle(LifecycleTrigger.Resume);
            case EndExercise:
                return Lifecycle(LifecycleTrigger.End);
            case ResetExercise:
                return Lifecycle(LifecycleTrigger.Reset);
            case AdvanceClock:
                return lifecycle == ExerciseLifecycle.Running ? null : $"the clock is not running (the exercise is {Word(lifecycle)})";
            case SetSpeed speed:
                if (!double.IsFinite(speed.GameMinutesPerMinute) || speed.GameMinutesPerMinute < 0.01 || speed.GameMinutesPerMinute > 10_000)
                {
                    return "the speed must be between 0.01 and 10000 game minutes per real minute";
                }

                return lifecycle == ExerciseLifecycle.Ended ? "the exercise has ended" : null;
            case JumpToNextInject:
                if (!playing)
                {
                    return $"the clock can jump only while the exercise runs or is paused (it is {Word(lifecycle)})";
                }

                return State.NextInjectDue is not { } next ? "no inject is scheduled to be released"
                    : next.Time > Duration ? "the next scheduled inject comes after the end of the exercise"
                    : null;
            case JumpToTime jump:
                if (!playing)
                {
                    return $"the clock can jump only while the exercise runs or is paused (it is {Word(lifecycle)})";
                }

                return jump.GameTime <= CurrentGameTime ? $"the clock can only jump forward; it shows {DurationFormat.Format(CurrentGameTime)}"
                    : jump.GameTime > Duration ? $"the exercise ends at {DurationFormat.Format(Duration)}"
                    : null;
            case ReleaseInject or HoldInject or SkipInject or CancelInject:
                return CheckControlInject(command, lifecycle);
            case CreateAdHocInject adHoc:
                return CheckAdHoc(adHoc, playing);
            case AcknowledgeInject acknowledge:
                return CheckTeamInject(acknowledge.InjectId, command.Issuer.Team!, playing);
            case RespondToInject respond:
                return string.IsNullOrWhiteSpace(respond.Text) ? "the answer is empty"
                    : respond.Text.Length > MaxTextLength ? $"the answer is longer than {MaxTextLength} characters"
                    : CheckTeamInject(respond.InjectId, command.Issuer.Team!, playing);
            case TakeDecision decide:
                return CheckDecision(decide, command.Issuer.Team!, playing);
            default:
                return $"unknown command {command.GetType().Name}";
        }

        string? Lifecycle(LifecycleTrigger trigger)
        {
            var current = lifecycle;
            var machine = LifecycleMachine.Create(() => current, _ => { });
            return machine.CanFire(trigger) ? null
                : $"the exercise is {Word(lifecycle)}; it can {trigger.ToString().ToLowerInvariant()} only when {string.Join(" or ", AllowedFrom(trigger))}";
        }
    }

    private string? CheckControlInject(ExerciseCommand command, ExerciseLifecycle lifecycle)
    {
        var (id, trigger) = command switch
        {
            ReleaseInject r => (r.InjectId, InjectTrigger.Release),
            HoldInject h => (h.InjectId, InjectTrigger.Hold),
            SkipInject s => (s.InjectId, InjectTrigger.Skip),
            CancelInject c => (c.InjectId, InjectTrigger.Cancel),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
        if (!State.Injects.TryGetValue(id, out var inject))
        {
            return $"there is no inject '{id}'";
        }

        if (lifecycle == ExerciseLifecycle.Ended || (trigger == InjectTrigger.Release && lifecycle == ExerciseLifecycle.Ready))
        {
            return $"the exercise is {Word(lifecycle)}";
        }

        var status = inject.Status;
        return InjectMachine.Create(() => status, _ => { }).CanFire(trigger) ? null
            : $"inject '{id}' is {Word(status)}; it cannot be {Past(trigger)}";
    }

    private string? CheckAdHoc(CreateAdHocInject adHoc, bool playing)
    {
        if (!playing)
        {
            return "injects can be written only while the exercise runs or is paused";
        }

        if (adHoc.To.Count == 0)
        {
            return "say who the inject goes to: team ids, all, control or observers";
        }

        foreach (var to in adHoc.To)
        {
            if (!Audience.Keywords.Contains(to) && !State.Index.Teams.Contains(to, StringComparer.Ordinal))
            {
                return $"there is no team '{to}'";
            }
        }

        if (!Enum.TryParse<InjectChannel>(adHoc.Channel.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out _))
        {
            return $"'{adHoc.Channel}' is not a channel";
        }

        return string.IsNullOrWhiteSpace(adHoc.Title) ? "the title is empty"
            : adHoc.Title.Length > 300 ? "the title is longer than 300 characters"
            : adHoc.Body.Length > MaxTextLength ? $"the body is longer than {MaxTextLength} characters"
            : null;
    }

    private string? CheckMessage(SendMessage message, bool playing)
    {
        if (!playing)
        {
            return "messages can be sent only while the exercise runs or is paused";
        }

        if (message.Issuer.Role == IssuerRole.Team && message.Issuer.Team is null)
        {
            return "a team message needs the sending team";
        }

        if (message.To != Audience.ControlKeyword && !State.Index.Teams.Contains(message.To, StringComparer.Ordinal))
        {
            return $"there is no team '{message.To}'";
        }

        if (message.Issuer.Role == IssuerRole.Control && message.To == Audience.ControlKeyword)
        {
            return "control cannot send a message to itself";
        }

        return string.IsNullOrWhiteSpace(message.Text) ? "the message is empty"
            : message.Text.Length > MaxTextLength ? $"the message is longer than {MaxTextLength} characters"
            : null;
    }

    /// <summary>Observations and ratings: during play and after the end (the hot wash), against things that exist.</summary>
    private string? CheckEvaluation(ExerciseCommand command, ExerciseLifecycle lifecycle)
    {
        if (lifecycle == ExerciseLifecycle.Ready)
        {
            return "the exercise has not started";
        }

        var scenario = State.Index.Scenario;
        switch (command)
        {
            case RecordObservation observation:
                return string.IsNullOrWhiteSpace(observation.Text) ? "the observation is empty"
                    : observation.Text.Length > MaxTextLength ? $"the observation is longer than {MaxTextLength} characters"
                    : observation.InjectId is { } inject && !State.Injects.ContainsKey(inject) ? $"there is no inject '{inject}'"
                    : observation.Team is { } team && !State.Index.Teams.Contains(team, StringComparer.Ordinal) ? $"there is no team '{team}'"
                    : observation.ObjectiveId is { } objective && scenario.Objectives.All(o => o.Id != objective) ? $"there is no objective '{objective}'"
                    : null;
            case RecordRating rating:
                var scale = RatingScaleOf(rating.TargetKind, rating.TargetId, out var problem);
                if (problem is not null)
                {
                    return problem;
                }

                return scale!.Any(level => level.Code == rating.Rating) ? (rating.Note?.Length > MaxTextLength ? "the note is too long" : null)
                    : $"'{rating.Rating}' is not on the scale ({string.Join(", ", scale!.Select(level => level.Code))})";
            case RecordFinding finding:
                return finding.Kind is not (FindingKinds.Strength or FindingKinds.AreaForImprovement) ? $"a finding is a '{FindingKinds.Strength}' or an '{FindingKinds.AreaForImprovement}', not '{finding.Kind}'"
                    : finding.FindingId is { } findingId && !State.Findings.ContainsKey(findingId) ? $"there is no finding '{findingId}'"
                    : finding.ObjectiveId is { } findingObjective && scenario.Objectives.All(o => o.Id != findingObjective) ? $"there is no objective '{findingObjective}'"
                    : string.IsNullOrWhiteSpace(finding.Text) ? "the finding is empty"
                    : finding.Text.Length > MaxTextLength ? $"the finding is longer than {MaxTextLength} characters"
                    : null;
            case PlanImprovement item:
                return item.ItemId is { } itemId && !State.Improvements.ContainsKey(itemId) ? $"there is no improvement item '{itemId}'"
                    : item.FindingId is { } answered && !State.Findings.ContainsKey(answered) ? $"there is no finding '{answered}'"
                    : item.FindingId is { } answeredId && State.Findings[answeredId].Kind != FindingKinds.AreaForImprovement ? $"'{answeredId}' is a strength; an improvement item answers an area for improvement"
                    : string.IsNullOrWhiteSpace(item.Action) ? "the corrective action is empty"
                    : item.Action.Length > MaxTextLength ? $"the corrective action is longer than {MaxTextLength} characters"
                    : string.IsNullOrWhiteSpace(item.Owner) ? "every improvement item needs an owner"
                    : item.Owner.Length > MaxNameLength ? $"the owner is longer than {MaxNameLength} characters"
                    : null;
            case WithdrawReviewItem withdraw:
                return State.Findings.ContainsKey(withdraw.ItemId) || State.Improvements.ContainsKey(withdraw.ItemId) ? null
                    : $"there is no finding or improvement item '{withdraw.ItemId}'";
            default:
                return null;
        }
    }

    /// <summary>The hot wash: after the end, each team answers the questions put to it.</summary>
    private string? CheckHotWash(AnswerHotWash answer, ExerciseLifecycle lifecycle)
    {
        if (answer.Issuer.Role != IssuerRole.Team || answer.Issuer.Team is not { } team)
        {
            return "only a team answers hot-wash questions";
        }

        if (lifecycle != ExerciseLifecycle.Ended)
        {
            return "the hot wash opens when the exercise ends";
        }

        var question = State.Index.Scenario.HotWash.FirstOrDefault(q => q.Id == answer.QuestionId);
        return question is null ? $"there is no hot-wash question '{answer.QuestionId}'"
            : !State.Index.RecipientsOf(question.Audience).Contains(team, StringComparer.Ordinal) ? $"hot-wash question '{question.Id}' is not put to team '{team}'"
            : string.IsNullOrWhiteSpace(answer.Text) ? "the answer is empty"
            : answer.Text.Length > MaxTextLength ? $"the answer is longer than {MaxTextLength} characters"
            : null;
    }

    private IReadOnlyList<RatingLevel>? RatingScaleOf(string kind, string id, out string? problem)
    {
        if (kind is not ("objective" or "task" or "expected-action"))
        {
            problem = "rate an objective, a task or an expected-action";
            return null;
        }

        var scale = State.Index.RatingScaleOf(kind, id);
        problem = scale is null ? $"there is no {kind.Replace('-', ' ')} '{id}'" : null;
        return scale;
    }

    private string? CheckTeamInject(string injectId, string team, bool playing)
    {
        if (!playing)
        {
            return "the exercise is not running";
        }

        if (!State.Injects.TryGetValue(injectId, out var inject) || !State.IsRecipient(inject, team))
        {
            return $"team '{team}' has no inject '{injectId}'";
        }

        return inject.IsReleased ? null : $"inject '{injectId}' has not been released";
    }

    private string? CheckDecision(TakeDecision decide, string team, bool playing)
    {
        if (!playing)
        {
            return "the exercise is not running";
        }

        if (!State.Decisions.TryGetValue(decide.DecisionId, out var decision) || decision.Definition.By.Id != team)
        {
            return $"team '{team}' has no decision '{decide.DecisionId}'";
        }

        if (decision.PresentedAt is null)
        {
            return $"decision '{decide.DecisionId}' has not been put to the team yet";
        }

        if (decision.Chosen is not null)
        {
            return $"decision '{decide.DecisionId}' was already taken ({decision.Chosen})";
        }

        return decision.Definition.Options.Any(o => o.Id == decide.OptionId) ? null
            : $"decision '{decide.DecisionId}' has no option '{decide.OptionId}'";
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
            _sectorScratch = from;
            _sectorMachine.Fire(SectorStateMachine.Observe(q, sectors[i].Thresholds));
            var to = _sectorScratch;
            if (to != from)
            {
                var id = sectors[i].Id;
                Emit(seq => new SectorStateChanged(seq, t, _now, State.Index.SectorAudience(id), id, from, to, Math.Round(q, 6)));
            }
        }
    }

    private void CheckEvidence(EvaluationContext context, TimeSpan t)
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

    private void CheckWhen(EvaluationContext context, TimeSpan t)
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
        var e = create(State.LastSeq + 1) with { CommandKey = _commandKey };
        State.Apply(e);
        _pending.Add(e);
    }

    private static string By(CommandIssuer issuer) =>
        issuer.Name is { Length: > 0 } name ? $"{issuer.Role.ToString().ToLowerInvariant()}: {name}" : issuer.Role.ToString().ToLowerInvariant();

    private static string NodeWord(string channel) =>
        Scenarios.Loading.NodeReader.SnakeCase(Enum.Parse<InjectChannel>(channel.Replace("_", "", StringComparison.Ordinal), ignoreCase: true).ToString());

    private static string Describe(ExerciseCommand command) => command.GetType().Name switch
    {
        var name => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())),
    };

    private static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Past(InjectTrigger trigger) => trigger switch
    {
        InjectTrigger.Release => "released",
        InjectTrigger.Hold => "held",
        InjectTrigger.Skip => "skipped",
        InjectTrigger.Cancel => "cancelled",
        _ => trigger.ToString().ToLowerInvariant(),
    };

    private static IEnumerable<string> AllowedFrom(LifecycleTrigger trigger) =>
        Enum.GetValues<ExerciseLifecycle>()
            .Where(s =>
            {
                var state = s;
                return LifecycleMachine.Create(() => state, _ => { }).CanFire(trigger);
            })
            .Select(Word);
}
