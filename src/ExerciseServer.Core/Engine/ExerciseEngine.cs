using System.Globalization;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Scenarios.Loading;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Words;

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
/// <para>Its parts: <see cref="CommandChecks"/> decides whether a command may run (a typed <see cref="Rejection"/>
/// if not); this class turns an accepted command into events; <see cref="GameTimeRunner"/> moves game time through
/// the agenda; <see cref="ConditionChecks"/> works out what follows by itself at one game time; every event goes
/// through <see cref="EventWriter"/> into <see cref="ExerciseState.Apply"/>.</para>
/// </summary>
public sealed class ExerciseEngine
{
    /// <summary>How often sector curves are sampled for the browser, while they change.</summary>
    public static readonly TimeSpan SampleInterval = TimeSpan.FromMinutes(10);

    private readonly CommandChecks _checks;
    private readonly EventWriter _writer;
    private readonly ConditionChecks _conditions;
    private readonly GameTimeRunner _time;

    public ExerciseEngine(ScenarioIndex index)
        : this(new ExerciseState(index))
    {
    }

    public ExerciseEngine(ExerciseState state)
    {
        State = state;
        _checks = new CommandChecks(state);
        _writer = new EventWriter(state, e => _conditions!.Watch(e));
        _conditions = new ConditionChecks(state, _writer);
        _time = new GameTimeRunner(state, _writer, _conditions);
    }

    public ExerciseState State { get; }

    /// <summary>
    /// Checks every pending condition at every pass, as the engine did before <see cref="ConditionWatch"/>: the
    /// reference the tests compare the watched checks with. Never set in play.
    /// </summary>
    internal bool ScanEveryCondition
    {
        get => _conditions.ScanEveryCondition;
        init => _conditions.ScanEveryCondition = value;
    }

    public TimeSpan Duration => State.Index.Scenario.Clock.Duration;

    /// <summary>The game time the exercise has been processed up to.</summary>
    public TimeSpan CurrentGameTime => _time.CurrentGameTime;

    /// <summary>
    /// While running, the next game time at which something can happen without a command: the earliest agenda
    /// item, the next one-minute grid check, or the planned end. Null when the clock does not run.
    /// </summary>
    public TimeSpan? NextWakeGameTime => _time.NextWakeGameTime;

    /// <summary>
    /// Carries out <paramref name="command"/> at wall time <paramref name="now"/>: a retry is answered from the
    /// log; the clock catches up; <see cref="CommandChecks"/> may refuse it; else its events are written and what it
    /// set off at this instant fires.
    /// </summary>
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

        _writer.Begin(now);
        if (State.Lifecycle == ExerciseLifecycle.Running && command is not AdvanceClock)
        {
            _time.CatchUp();
        }

        // What the catch-up wrote stands even when the command is refused.
        var rejection = _checks.Check(command, CurrentGameTime);
        if (rejection is not null)
        {
            return new CommandResult(false, _writer.Written, rejection);
        }

        _writer.Attribute(command);
        Perform(command);

        // What the command scheduled for this very instant (an 'after' with no delay, a follow-up) fires now.
        _time.RunTo(CurrentGameTime);
        return CommandResult.Of(_writer.Written);
    }

    /// <summary>The events a command that passed its checks writes.</summary>
    private void Perform(ExerciseCommand command)
    {
        var now = CurrentGameTime;
        switch (command)
        {
            case StartExercise:
                Emit(seq => new ExerciseStarted(seq, TimeSpan.Zero, Wall, EventAudience.Everyone, State.Index.Scenario.Id));
                _time.StartAtZero();
                break;
            case AdvanceClock:
                _time.CatchUp();
                break;
            case PauseExercise:
                Emit(seq => new ExercisePaused(seq, now, Wall, EventAudience.Everyone));
                break;
            case ResumeExercise:
                Emit(seq => new ExerciseResumed(seq, now, Wall, EventAudience.Everyone));
                break;
            case EndExercise:
                Emit(seq => new ExerciseEnded(seq, now, Wall, EventAudience.Everyone, "ended by control"));
                break;
            case ResetExercise:
                Emit(seq => new ExerciseReset(seq, now, Wall, EventAudience.Everyone));
                _time.Rewind();
                break;
            case SetSpeed speed:
                Emit(seq => new ClockSpeedChanged(seq, now, Wall, EventAudience.Everyone, speed.GameMinutesPerMinute));
                break;
            case JumpToNextInject:
                _time.Jump(State.NextInjectDue!.Time);
                break;
            case JumpToTime jump:
                _time.Jump(jump.GameTime);
                break;
            case ReleaseInject release:
                Emit(seq => new InjectReleased(seq, now, Wall, State.Injects[release.InjectId].Audience, release.InjectId, ByControl: true));
                _conditions.Settle(now, sample: false);
                break;
            case HoldInject hold:
                Emit(seq => new InjectHeld(seq, now, Wall, EventAudience.ControlOnly, hold.InjectId));
                break;
            case SkipInject skip:
                Emit(seq => new InjectSkipped(seq, now, Wall, EventAudience.ControlOnly, skip.InjectId));
                _conditions.Settle(now, sample: false);
                break;
            case CancelInject cancel:
                Emit(seq => new InjectCancelled(seq, now, Wall, EventAudience.ControlOnly, cancel.InjectId));
                break;
            case CreateAdHocInject adHoc:
                CreateAdHoc(adHoc, now);
                break;
            case AcknowledgeInject acknowledge:
                var team = command.Issuer.Team!;
                if (!State.Injects[acknowledge.InjectId].AcknowledgedBy.Contains(team))
                {
                    Emit(seq => new InjectAcknowledged(seq, now, Wall, EventAudience.ForTeams([team]), acknowledge.InjectId, team, Person(command.Issuer)));
                    _conditions.Settle(now, sample: false);
                }

                break;
            case RespondToInject respond:
                Emit(seq => new InjectResponded(seq, now, Wall, EventAudience.ForTeams([command.Issuer.Team!]), respond.InjectId, command.Issuer.Team!, respond.Text, Person(command.Issuer)));
                _conditions.Settle(now, sample: false);
                break;
            case RecordObservation observation:
                Emit(seq => new ObservationRecorded(seq, now, Wall, EventAudience.ControlAndObservers, By(command.Issuer), observation.Text.Trim(), observation.InjectId, observation.Team, observation.ObjectiveId));
                break;
            case RecordRating rating:
                Emit(seq => new RatingRecorded(seq, now, Wall, EventAudience.ControlAndObservers, By(command.Issuer), rating.TargetKind, rating.TargetId, rating.Rating, rating.Note));
                break;
            case RecordFinding finding:
                var findingId = finding.FindingId ?? $"F{State.FindingsWritten + 1}";
                Emit(seq => new FindingRecorded(seq, now, Wall, EventAudience.ControlAndObservers, By(command.Issuer), findingId, finding.Kind, finding.ObjectiveId, finding.Text.Trim()));
                break;
            case PlanImprovement item:
                var itemId = item.ItemId ?? $"IP{State.ImprovementsWritten + 1}";
                Emit(seq => new ImprovementPlanned(seq, now, Wall, EventAudience.ControlAndObservers, By(command.Issuer), itemId, item.FindingId, item.Action.Trim(), item.Owner.Trim(), item.Due));
                break;
            case WithdrawReviewItem withdraw:
                Emit(seq => new ReviewItemWithdrawn(seq, now, Wall, EventAudience.ControlAndObservers, By(command.Issuer), withdraw.ItemId));
                break;
            case AnswerHotWash answer:
                Emit(seq => new HotWashAnswered(seq, now, Wall, EventAudience.ForTeams([command.Issuer.Team!]), answer.QuestionId, command.Issuer.Team!, answer.Text.Trim(), Person(command.Issuer)));
                break;
            case SendMessage message:
                var from = message.Issuer.Role == IssuerRole.Team ? message.Issuer.Team! : Audience.ControlKeyword;
                Emit(seq => new MessageSent(seq, now, Wall, MessageAudience(from, message.To), from, message.To, message.Text, Person(message.Issuer)));
                break;
            case TakeDecision decide:
                Emit(seq => new DecisionTaken(seq, now, Wall, EventAudience.ForTeams([command.Issuer.Team!]), decide.DecisionId, decide.OptionId, command.Issuer.Team!, ByDefault: false, Person(command.Issuer)));
                _conditions.Settle(now, sample: false);
                break;
            case CastJointVote vote:
                CastVote(vote, now);
                break;
        }
    }

    /// <summary>The team's vote, then the resolution when the vote meets the rule or makes it impossible to meet.</summary>
    private void CastVote(CastJointVote vote, TimeSpan now)
    {
        var decision = State.Decisions[vote.DecisionId];
        var parties = EventAudience.ForTeams(decision.Definition.Parties);
        Emit(seq => new JointVoteCast(seq, now, Wall, parties, vote.DecisionId, vote.Issuer.Team!, vote.OptionId, Person(vote.Issuer)));
        if (JointDecisionRules.Resolve(decision.Definition, decision.Votes) is { } outcome)
        {
            Emit(seq => new JointDecisionResolved(seq, now, Wall, parties, vote.DecisionId, outcome.OptionId, outcome.How));
        }

        _conditions.Settle(now, sample: false);
    }

    private void CreateAdHoc(CreateAdHocInject adHoc, TimeSpan now)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"adhoc-{State.AdHocCount + 1}");
        var all = adHoc.To.Contains(Audience.AllKeyword, StringComparer.Ordinal);
        var named = adHoc.To.Where(t => !Audience.Keywords.Contains(t)).ToList();
        var audience = EventAudience.Addressed(
            all, named.Where(t => !IsRole(t)), adHoc.To.Contains(Audience.ObserversKeyword, StringComparer.Ordinal), named.Where(IsRole));
        // The checks read the channel already; its scenario word is what the event stores and the client shows.
        ScenarioWords.TryRead<InjectChannel>(adHoc.Channel, out var parsed);
        var channel = ScenarioWords.Of(parsed);
        Emit(seq => new AdHocInjectCreated(seq, now, Wall, audience, id, [.. adHoc.To], channel, adHoc.Title.Trim(), adHoc.Body));
        Emit(seq => new InjectReleased(seq, now, Wall, audience, id, ByControl: true));
        _conditions.Settle(now, sample: false);
    }

    /// <summary>
    /// Sender and recipient read a message, and observers; a message to a role (<c>team/role</c>) reaches that role's
    /// participants only, not the rest of its team.
    /// </summary>
    private static EventAudience MessageAudience(string from, string to)
    {
        var teams = new[] { from, to }.Where(t => t != Audience.ControlKeyword && !IsRole(t));
        return IsRole(to) ? EventAudience.Addressed(false, teams, observers: true, roles: [to]) : EventAudience.ForTeams(teams);
    }

    /// <summary>Who in a team did it, for the review: the participant's name and, when the sign-in has one, its role.</summary>
    private string? Person(CommandIssuer issuer)
    {
        if (issuer.Role != IssuerRole.Team || string.IsNullOrWhiteSpace(issuer.Name))
        {
            return null;
        }

        var role = issuer.TeamRole is { } seat
            ? State.Index.Scenario.Teams.FirstOrDefault(t => t.Id == issuer.Team)?.Roles.FirstOrDefault(r => r.Id == seat)?.Name ?? seat
            : null;
        return role is null ? issuer.Name : $"{issuer.Name} ({role})";
    }

    private static bool IsRole(string to) => to.Contains(RoleAddress.Separator, StringComparison.Ordinal);

    private DateTimeOffset Wall => _writer.Now;

    private void Emit(Func<long, ExerciseEvent> create) => _writer.Emit(create);

    private static string By(CommandIssuer issuer) =>
        issuer.Name is { Length: > 0 } name ? $"{StatusWords.Of(issuer.Role)}: {name}" : StatusWords.Of(issuer.Role);
}
