using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Scenarios.Loading;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Core.Engine;

/// <summary>
/// Whether the exercise, as it stands, may carry out a command, and if not a typed reason: who may do it
/// (forbidden), whether what it names exists (not-found), whether the exercise or item is in a state that allows it
/// (conflict), and whether its own values make sense (invalid). Reads the state, never changes it.
/// </summary>
internal sealed class CommandChecks(ExerciseState state)
{
    private const int MaxTextLength = 20_000;
    private const int MaxNameLength = 200;
    private const int MaxTitleLength = 300;

    private TimeSpan Duration => state.Index.Scenario.Clock.Duration;

    /// <summary>Null when <paramref name="command"/> may run now; <paramref name="gameTime"/> is what the clock shows.</summary>
    public Rejection? Check(ExerciseCommand command, TimeSpan gameTime)
    {
        var lifecycle = state.Lifecycle;
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
                : Rejection.Forbidden("only exercise control and evaluators may record observations, ratings, findings and improvement items");
        }

        var needsControl = command is not (AcknowledgeInject or RespondToInject or TakeDecision or CastJointVote);
        if (needsControl && !isControl)
        {
            return Rejection.Forbidden($"only exercise control may {Describe(command)}");
        }

        if (!needsControl && (command.Issuer.Role != IssuerRole.Team || command.Issuer.Team is null))
        {
            return Rejection.Forbidden("only a team may acknowledge, answer or decide; control can release, hold and write injects instead");
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
                return lifecycle == ExerciseLifecycle.Running ? null : Rejection.Conflict($"the clock is not running (the exercise is {StatusWords.Of(lifecycle)})");
            case SetSpeed speed:
                if (!double.IsFinite(speed.GameMinutesPerMinute) || speed.GameMinutesPerMinute < 0.01 || speed.GameMinutesPerMinute > 10_000)
                {
                    return Rejection.Invalid("the speed must be between 0.01 and 10000 game minutes per real minute");
                }

                return lifecycle == ExerciseLifecycle.Ended ? Rejection.Conflict("the exercise has ended") : null;
            case JumpToNextInject:
                if (!playing)
                {
                    return Rejection.Conflict($"the clock can jump only while the exercise runs or is paused (it is {StatusWords.Of(lifecycle)})");
                }

                return state.NextInjectDue is not { } next ? Rejection.Conflict("no inject is scheduled to be released")
                    : next.Time > Duration ? Rejection.Conflict("the next scheduled inject comes after the end of the exercise")
                    : null;
            case JumpToTime jump:
                if (!playing)
                {
                    return Rejection.Conflict($"the clock can jump only while the exercise runs or is paused (it is {StatusWords.Of(lifecycle)})");
                }

                // Backwards depends on where the clock is now (conflict); past the end never works (invalid).
                return jump.GameTime <= gameTime ? Rejection.Conflict($"the clock can only jump forward; it shows {DurationFormat.Format(gameTime)}")
                    : jump.GameTime > Duration ? Rejection.Invalid($"the exercise ends at {DurationFormat.Format(Duration)}")
                    : null;
            case ReleaseInject or HoldInject or SkipInject or CancelInject:
                return CheckControlInject(command, lifecycle);
            case CreateAdHocInject adHoc:
                return CheckAdHoc(adHoc, playing);
            case AcknowledgeInject acknowledge:
                return CheckTeamInject(acknowledge.InjectId, command.Issuer.Team!, playing);
            case RespondToInject respond:
                return TextProblem(respond.Text, "the answer") ?? CheckTeamInject(respond.InjectId, command.Issuer.Team!, playing);
            case TakeDecision decide:
                return CheckDecision(decide, command.Issuer.Team!, playing);
            case CastJointVote vote:
                return JointVoteChecks.Check(state, vote, command.Issuer.Team!, playing);
            default:
                return Rejection.Invalid($"unknown command {command.GetType().Name}");
        }

        Rejection? Lifecycle(LifecycleTrigger trigger) =>
            LifecycleMachine.Transitions.CanFire(lifecycle, trigger) ? null
                : Rejection.Conflict($"the exercise is {StatusWords.Of(lifecycle)}; it can {StatusWords.Of(trigger)} only when {string.Join(" or ", AllowedFrom(trigger))}");
    }

    private Rejection? CheckControlInject(ExerciseCommand command, ExerciseLifecycle lifecycle)
    {
        var (id, trigger) = command switch
        {
            ReleaseInject r => (r.InjectId, InjectTrigger.Release),
            HoldInject h => (h.InjectId, InjectTrigger.Hold),
            SkipInject s => (s.InjectId, InjectTrigger.Skip),
            CancelInject c => (c.InjectId, InjectTrigger.Cancel),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
        if (!state.Injects.TryGetValue(id, out var inject))
        {
            return Rejection.NotFound($"there is no inject '{id}'");
        }

        if (lifecycle == ExerciseLifecycle.Ended || (trigger == InjectTrigger.Release && lifecycle == ExerciseLifecycle.Ready))
        {
            return Rejection.Conflict($"the exercise is {StatusWords.Of(lifecycle)}");
        }

        return InjectMachine.Transitions.CanFire(inject.Status, trigger) ? null
            : Rejection.Conflict($"inject '{id}' is {StatusWords.Of(inject.Status)}; it cannot be {Past(trigger)}");
    }

    private Rejection? CheckAdHoc(CreateAdHocInject adHoc, bool playing)
    {
        if (!playing)
        {
            return Rejection.Conflict("injects can be written only while the exercise runs or is paused");
        }

        if (adHoc.To.Count == 0)
        {
            return Rejection.Invalid("say who the inject goes to: team ids, roles of teams (team/role), all, control or observers");
        }

        foreach (var to in adHoc.To)
        {
            if (!Audience.Keywords.Contains(to) && !state.Index.IsRecipient(to))
            {
                return Rejection.NotFound(NoRecipient(to));
            }
        }

        if (!ScenarioWords.TryRead<InjectChannel>(adHoc.Channel, out _))
        {
            return Rejection.Invalid($"'{adHoc.Channel}' is not a channel");
        }

        return TextProblem(adHoc.Title, "the title", MaxTitleLength) ?? LengthProblem(adHoc.Body, "the body", MaxTextLength);
    }

    private Rejection? CheckMessage(SendMessage message, bool playing)
    {
        if (!playing)
        {
            return Rejection.Conflict("messages can be sent only while the exercise runs or is paused");
        }

        if (message.Issuer.Role == IssuerRole.Team && message.Issuer.Team is null)
        {
            return Rejection.Invalid("a team message needs the sending team");
        }

        if (message.To != Audience.ControlKeyword && !state.Index.IsRecipient(message.To))
        {
            return Rejection.NotFound(NoRecipient(message.To));
        }

        if (message.Issuer.Role == IssuerRole.Control && message.To == Audience.ControlKeyword)
        {
            return Rejection.Invalid("control cannot send a message to itself");
        }

        return TextProblem(message.Text, "the message");
    }

    private static string NoRecipient(string to) =>
        to.Contains(RoleAddress.Separator, StringComparison.Ordinal) ? $"there is no role '{to}' (a role is written team/role)" : $"there is no team '{to}'";

    /// <summary>Observations and ratings: during play and after the end (the hot wash), against things that exist.</summary>
    private Rejection? CheckEvaluation(ExerciseCommand command, ExerciseLifecycle lifecycle)
    {
        if (lifecycle == ExerciseLifecycle.Ready)
        {
            return Rejection.Conflict("the exercise has not started");
        }

        var scenario = state.Index.Scenario;
        switch (command)
        {
            case RecordObservation observation:
                if (TextProblem(observation.Text, "the observation") is { } observationText)
                {
                    return observationText;
                }

                if (observation.InjectId is { } inject && !state.Injects.ContainsKey(inject))
                {
                    return Rejection.NotFound($"there is no inject '{inject}'");
                }

                if (observation.Team is { } team && !state.Index.Teams.Contains(team, StringComparer.Ordinal))
                {
                    return Rejection.NotFound($"there is no team '{team}'");
                }

                return observation.ObjectiveId is { } objective && scenario.Objectives.All(o => o.Id != objective)
                    ? Rejection.NotFound($"there is no objective '{objective}'")
                    : null;
            case RecordRating rating:
                var scale = RatingScaleOf(rating.TargetKind, rating.TargetId, out var problem);
                if (problem is not null)
                {
                    return problem;
                }

                return scale!.Any(level => level.Code == rating.Rating) ? (rating.Note?.Length > MaxTextLength ? Rejection.Invalid("the note is too long") : null)
                    : Rejection.Invalid($"'{rating.Rating}' is not on the scale ({string.Join(", ", scale!.Select(level => level.Code))})");
            case RecordFinding finding:
                if (finding.Kind is not (FindingKinds.Strength or FindingKinds.AreaForImprovement))
                {
                    return Rejection.Invalid($"a finding is a '{FindingKinds.Strength}' or an '{FindingKinds.AreaForImprovement}', not '{finding.Kind}'");
                }

                if (finding.FindingId is { } findingId && !state.Findings.ContainsKey(findingId))
                {
                    return Rejection.NotFound($"there is no finding '{findingId}'");
                }

                if (finding.ObjectiveId is { } findingObjective && scenario.Objectives.All(o => o.Id != findingObjective))
                {
                    return Rejection.NotFound($"there is no objective '{findingObjective}'");
                }

                return TextProblem(finding.Text, "the finding");
            case PlanImprovement item:
                if (item.ItemId is { } itemId && !state.Improvements.ContainsKey(itemId))
                {
                    return Rejection.NotFound($"there is no improvement item '{itemId}'");
                }

                if (item.FindingId is { } answered)
                {
                    if (!state.Findings.TryGetValue(answered, out var answeredFinding))
                    {
                        return Rejection.NotFound($"there is no finding '{answered}'");
                    }

                    if (answeredFinding.Kind != FindingKinds.AreaForImprovement)
                    {
                        return Rejection.Invalid($"'{answered}' is a strength; an improvement item answers an area for improvement");
                    }
                }

                if (TextProblem(item.Action, "the corrective action") is { } actionText)
                {
                    return actionText;
                }

                return string.IsNullOrWhiteSpace(item.Owner) ? Rejection.Invalid("every improvement item needs an owner")
                    : LengthProblem(item.Owner, "the owner", MaxNameLength);
            case WithdrawReviewItem withdraw:
                return state.Findings.ContainsKey(withdraw.ItemId) || state.Improvements.ContainsKey(withdraw.ItemId) ? null
                    : Rejection.NotFound($"there is no finding or improvement item '{withdraw.ItemId}'");
            default:
                return null;
        }
    }

    /// <summary>The hot wash: after the end, each team answers the questions put to it.</summary>
    private Rejection? CheckHotWash(AnswerHotWash answer, ExerciseLifecycle lifecycle)
    {
        if (answer.Issuer.Role != IssuerRole.Team || answer.Issuer.Team is not { } team)
        {
            return Rejection.Forbidden("only a team answers hot-wash questions");
        }

        if (lifecycle != ExerciseLifecycle.Ended)
        {
            return Rejection.Conflict("the hot wash opens when the exercise ends");
        }

        var question = state.Index.Scenario.HotWash.FirstOrDefault(q => q.Id == answer.QuestionId);
        if (question is null)
        {
            return Rejection.NotFound($"there is no hot-wash question '{answer.QuestionId}'");
        }

        return state.Index.RecipientsOf(question.Audience).Contains(team, StringComparer.Ordinal)
            ? TextProblem(answer.Text, "the answer")
            : Rejection.Forbidden($"hot-wash question '{question.Id}' is not put to team '{team}'");
    }

    private IReadOnlyList<RatingLevel>? RatingScaleOf(string kind, string id, out Rejection? problem)
    {
        if (kind is not ("objective" or "task" or "expected-action"))
        {
            problem = Rejection.Invalid("rate an objective, a task or an expected-action");
            return null;
        }

        var scale = state.Index.RatingScaleOf(kind, id);
        problem = scale is null ? Rejection.NotFound($"there is no {kind.Replace('-', ' ')} '{id}'") : null;
        return scale;
    }

    private Rejection? CheckTeamInject(string injectId, string team, bool playing)
    {
        if (!playing)
        {
            return Rejection.Conflict("the exercise is not running");
        }

        if (!state.Injects.TryGetValue(injectId, out var inject) || !state.IsRecipient(inject, team))
        {
            return Rejection.NotFound($"team '{team}' has no inject '{injectId}'");
        }

        return inject.IsReleased ? null : Rejection.Conflict($"inject '{injectId}' has not been released");
    }

    private Rejection? CheckDecision(TakeDecision decide, string team, bool playing)
    {
        if (!playing)
        {
            return Rejection.Conflict("the exercise is not running");
        }

        if (state.Decisions.TryGetValue(decide.DecisionId, out var joint) && joint.Definition.Joint is not null && joint.Definition.Parties.Contains(team, StringComparer.Ordinal))
        {
            return Rejection.Invalid($"decision '{decide.DecisionId}' is joint: cast your team's vote instead");
        }

        if (!state.Decisions.TryGetValue(decide.DecisionId, out var decision) || decision.Definition.By.Id != team)
        {
            return Rejection.NotFound($"team '{team}' has no decision '{decide.DecisionId}'");
        }

        if (decision.PresentedAt is null)
        {
            return Rejection.Conflict($"decision '{decide.DecisionId}' has not been put to the team yet");
        }

        if (decision.Chosen is not null)
        {
            return Rejection.Conflict($"decision '{decide.DecisionId}' was already taken ({decision.Chosen})");
        }

        return decision.Definition.Options.Any(o => o.Id == decide.OptionId) ? null
            : Rejection.NotFound($"decision '{decide.DecisionId}' has no option '{decide.OptionId}'");
    }

    /// <summary>Text a person wrote: not blank, and not longer than <paramref name="max"/>.</summary>
    private static Rejection? TextProblem(string text, string what, int max = MaxTextLength) =>
        string.IsNullOrWhiteSpace(text) ? Rejection.Invalid($"{what} is empty") : LengthProblem(text, what, max);

    private static Rejection? LengthProblem(string text, string what, int max) =>
        text.Length > max ? Rejection.Invalid($"{what} is longer than {max} characters") : null;

    private static string Describe(ExerciseCommand command) => command.GetType().Name switch
    {
        var name => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())),
    };

    private static string Past(InjectTrigger trigger) => trigger switch
    {
        InjectTrigger.Release => "released",
        InjectTrigger.Hold => "held",
        InjectTrigger.Skip => "skipped",
        InjectTrigger.Cancel => "cancelled",
        _ => StatusWords.Of(trigger),
    };

    private static IEnumerable<string> AllowedFrom(LifecycleTrigger trigger) =>
        LifecycleMachine.Transitions.StatesAllowing(trigger).Select(StatusWords.Of);
}
