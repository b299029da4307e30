using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Core.DryRun;

/// <summary>
/// Plays a whole exercise headless at full speed: the engine as in a live exercise, the teams played by a
/// policy. The clock advances a game minute at a time at most, so policies react exactly when they mean to.
/// The run sets the speed to 1 at the start so that its wall clock is the game clock.
/// </summary>
public static class DryRunner
{
    private static readonly DateTimeOffset WallStart = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DryRunReport Run(ScenarioIndex index, ResponsePolicy policy) => Run(index, policy, scanEveryCondition: false).Report;

    /// <summary>The run with its whole log; <paramref name="scanEveryCondition"/> runs the engine's reference scan (tests).</summary>
    internal static (DryRunReport Report, IReadOnlyList<ExerciseEvent> Log) Run(ScenarioIndex index, ResponsePolicy policy, bool scanEveryCondition)
    {
        var engine = new ExerciseEngine(index) { ScanEveryCondition = scanEveryCondition };
        var log = new List<ExerciseEvent>();
        var planned = new SortedDictionary<(TimeSpan At, long Order), ExerciseCommand>();
        long order = 0;
        var duration = index.Scenario.Clock.Duration;
        var series = new SectorSeriesRecorder([.. index.Scenario.Sectors.Select(s => s.Id)], duration);

        void Send(ExerciseCommand command, TimeSpan gameTime)
        {
            var result = engine.Execute(command, WallStart + gameTime);
            log.AddRange(result.Events);
            foreach (var e in result.Events)
            {
                foreach (var action in policy.React(e, engine.State))
                {
                    planned[(action.At < e.GameTime ? e.GameTime : action.At, order++)] = action.Command;
                }
            }
        }

        // At speed 1 the wall clock of the run is the game clock, so every step lands exactly where it means to
        // and quiet minutes add nothing to the log.
        Send(new StartExercise(CommandIssuer.Control), TimeSpan.Zero);
        Send(new SetSpeed(CommandIssuer.Control, 1), TimeSpan.Zero);
        foreach (var action in policy.Plan(engine.State))
        {
            planned[(action.At, order++)] = action.Command;
        }

        series.Observe(engine.State, TimeSpan.Zero);

        while (engine.State.Lifecycle == ExerciseLifecycle.Running)
        {
            var now = engine.CurrentGameTime;
            while (planned.Count > 0 && planned.First().Key.At <= now && engine.State.Lifecycle == ExerciseLifecycle.Running)
            {
                var (key, command) = planned.First();
                planned.Remove(key);
                Send(command, now);
            }

            if (engine.State.Lifecycle != ExerciseLifecycle.Running)
            {
                break;
            }

            var next = now + TimeSpan.FromMinutes(1);
            if (engine.State.NextAgendaItem is { } item && item.Time > now && item.Time < next)
            {
                next = item.Time;
            }

            if (planned.Count > 0 && planned.First().Key.At > now && planned.First().Key.At < next)
            {
                next = planned.First().Key.At;
            }

            Send(new AdvanceClock(CommandIssuer.Control), next > duration ? duration : next);
            series.Observe(engine.State, engine.CurrentGameTime);
        }

        return (Report(index, policy, engine.State, log, series), log);
    }

    private static DryRunReport Report(ScenarioIndex index, ResponsePolicy policy, ExerciseState state, IReadOnlyList<ExerciseEvent> log, SectorSeriesRecorder series)
    {
        var scenario = index.Scenario;
        var ended = log.OfType<ExerciseEnded>().LastOrDefault();
        var endedAt = ended?.GameTime ?? state.LastEventGameTime;
        var worst = scenario.Sectors.ToDictionary(s => s.Id, s => (Q: s.Initial, At: TimeSpan.Zero, State: SectorCondition.Normal), StringComparer.Ordinal);

        var stateAt = scenario.Sectors.ToDictionary(s => s.Id, _ => SectorCondition.Normal, StringComparer.Ordinal);
        var timeline = new List<TimelineEntry>();
        foreach (var e in log)
        {
            switch (e)
            {
                case SectorStateChanged changed:
                    stateAt[changed.Sector] = changed.To;
                    Track(changed.Sector, changed.Inoperability, e.GameTime);
                    break;
                case SectorSampled sampled:
                    Track(sampled.Sector, sampled.Inoperability, e.GameTime);
                    break;
            }

            if (Describe(e, state) is { } entry)
            {
                timeline.Add(entry);
            }
        }

        for (var i = 0; i < scenario.Sectors.Count; i++)
        {
            Track(scenario.Sectors[i].Id, state.Model.Inoperability[i], endedAt);
        }

        var fired = state.InjectsInOrder.Where(i => i.ReleasedAt is not null)
            .Select(i => new FiredInject(i.Id, i.Number, i.ReleasedAt!.Value, i.Title, i.Recipients)).ToList();
        var followUpOf = FollowUpOptions(state);
        var atEnd = new EvaluationContext(state, state.Model, endedAt);
        var notFired = state.InjectsInOrder.Where(i => i.ReleasedAt is null && i.Definition is not null)
            .Select(i => Unfired(i, state, scenario.Clock, endedAt, followUpOf, atEnd, sector => worst[sector].Q)).ToList();
        return new DryRunReport
        {
            ScenarioId = scenario.Id,
            Policy = policy.Name,
            Seed = (policy as RandomPolicy)?.Seed,
            EndedAt = endedAt,
            EndReason = ended?.Reason ?? "still running",
            EventCount = log.Count,
            Timeline = timeline,
            Fired = fired,
            NotFired = notFired,
            Sectors = [.. scenario.Sectors.Select((s, i) => new SectorOutcome(s.Id, s.Name, Math.Round(worst[s.Id].Q, 4), worst[s.Id].At, StatusWords.Of(worst[s.Id].State), Math.Round(state.Model.Inoperability[i], 4), StatusWords.Of(state.Conditions[i])))],
            ExpectedActions = [.. state.Actions.Values.OrderBy(a => a.Inject.Number).ThenBy(a => a.Definition.Id, StringComparer.Ordinal)
                .Select(a => new ActionOutcome(a.Definition.Id, a.Team, a.Inject.Id, StatusWords.Of(a.Status), a.JudgedAt - a.StartedAt))],
            Decisions = [.. state.Decisions.Values.Select(d => new DecisionOutcome(d.Definition.Id, string.Join(", ", d.Definition.Parties), d.Chosen, d.DecidedAt, d.ByDefault))],
            SectorSeries = series.Finish(state, endedAt),
            Clock = scenario.Clock,
        };

        void Track(string sector, double q, TimeSpan at)
        {
            if (q > worst[sector].Q)
            {
                worst[sector] = (q, at, stateAt[sector]);
            }
        }
    }

    private static TimelineEntry? Describe(ExerciseEvent e, ExerciseState state) => e switch
    {
        ExerciseStarted => new(e.GameTime, "exercise", "started"),
        ExerciseEnded ended => new(e.GameTime, "exercise", $"ended: {ended.Reason}"),
        InjectReleased released => new(e.GameTime, "inject", $"#{state.Injects[released.InjectId].Number} {released.InjectId} released to {Recipients(state.Injects[released.InjectId])}: {state.Injects[released.InjectId].Title}"),
        InjectExpired expired => new(e.GameTime, "inject", $"{expired.InjectId} expired unanswered"),
        InjectResponded responded => new(e.GameTime, "response", $"{responded.Team} answered {responded.InjectId}"),
        DecisionTaken taken => new(e.GameTime, "decision", $"{taken.Team} chose {taken.OptionId} in {taken.DecisionId}{(taken.ByDefault ? " (default at the deadline)" : "")}"),
        JointVoteCast vote => new(e.GameTime, "decision", $"{vote.Team} {(vote.OptionId is { } option ? $"voted {option}" : "refused")} in joint decision {vote.DecisionId}"),
        JointDecisionResolved resolved => new(e.GameTime, "decision", $"joint decision {resolved.DecisionId} resolved to {resolved.OptionId} ({JointWord(resolved.How)})"),
        ExpectedActionMet met => new(e.GameTime, "evaluation", $"{met.ActionId} met by {met.Team} after {DurationFormat.Format(met.After)}"),
        ExpectedActionMissed missed => new(e.GameTime, "evaluation", $"{missed.ActionId} missed by {missed.Team}"),
        SectorStateChanged changed => new(e.GameTime, "sector", $"{changed.Sector} {StatusWords.Of(changed.From)} → {StatusWords.Of(changed.To)} (q = {changed.Inoperability:0.000})"),
        _ => null,
    };

    private static string JointWord(JointResolution how) => StatusWords.Of(how);

    private static string Recipients(InjectRuntime inject) => inject.Recipients.Count == 0 ? "control" : string.Join(", ", inject.Recipients);

    /// <summary>For each inject, the decisions (in order) with the options (in order) that release it as a follow-up.</summary>
    private static Dictionary<string, List<(DecisionRuntime Decision, List<string> Options)>> FollowUpOptions(ExerciseState state)
    {
        var result = new Dictionary<string, List<(DecisionRuntime Decision, List<string> Options)>>(StringComparer.Ordinal);
        foreach (var decision in state.Decisions.Values)
        {
            var byInject = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var option in decision.Definition.Options)
            {
                foreach (var followUp in option.FollowUps)
                {
                    if (!byInject.TryGetValue(followUp.Inject.Id, out var options))
                    {
                        byInject[followUp.Inject.Id] = options = [];
                        if (!result.TryGetValue(followUp.Inject.Id, out var decisions))
                        {
                            result[followUp.Inject.Id] = decisions = [];
                        }

                        decisions.Add((decision, options));
                    }

                    if (options.Count == 0 || options[^1] != option.Id)
                    {
                        options.Add(option.Id);
                    }
                }
            }
        }

        return result;
    }

    private static UnfiredInject Unfired(InjectRuntime runtime, ExerciseState state, ScenarioClock clock, TimeSpan endedAt, Dictionary<string, List<(DecisionRuntime Decision, List<string> Options)>> followUpOf, IConditionContext atEnd, Func<string, double> peak)
    {
        var reason = WhyNot(runtime, state, clock, endedAt, followUpOf);
        var definition = runtime.Definition!;
        if (definition.Trigger != TriggerKind.When || runtime.Status is not InjectStatus.Pending)
        {
            return new UnfiredInject(runtime.Id, runtime.Number, runtime.Title, reason, definition.OnDemand);
        }

        var terms = ConditionExplainer.Explain(definition.When!.Expression, atEnd, peak);
        return new UnfiredInject(runtime.Id, runtime.Number, runtime.Title, $"{reason}; at the end ({StoryClock.FormatWithOffset(clock, endedAt)}): {ConditionExplainer.Describe(terms)}", definition.OnDemand, terms);
    }

    private static string WhyNot(InjectRuntime runtime, ExerciseState state, ScenarioClock clock, TimeSpan endedAt, Dictionary<string, List<(DecisionRuntime Decision, List<string> Options)>> followUpOf)
    {
        var inject = runtime.Definition!;
        switch (runtime.Status)
        {
            case InjectStatus.Skipped or InjectStatus.Cancelled:
                return $"{StatusWords.Of(runtime.Status)} by control";
            case InjectStatus.Held or InjectStatus.Due:
                return "held by control";
        }

        if (inject.OnDemand)
        {
            return "on demand: control releases it by hand";
        }

        if (inject.At is { } at)
        {
            return $"due at {StoryClock.FormatWithOffset(clock, at.Value)}, after the exercise ended at {StoryClock.FormatWithOffset(clock, endedAt)}";
        }

        if (inject.After is { } after)
        {
            var previous = state.Injects[after.Inject.Id];
            return previous.ReleasedAt is null && previous.Status != InjectStatus.Skipped
                ? $"waits for {after.Inject.Id}, which never fired"
                : $"due {DurationFormat.Format(after.Delay.Value)} after {after.Inject.Id}, after the exercise ended";
        }

        if (inject.When is { } when)
        {
            return $"its condition never held: {when.Text}";
        }

        var reasons = new List<string>();
        if (inject.ContingencyFor is { } contingency && state.Actions.TryGetValue(contingency.Id, out var action))
        {
            reasons.Add($"contingency for {contingency.Id}, which was {StatusWords.Of(action.Status).Replace("not-started", "never due", StringComparison.Ordinal)}");
        }

        foreach (var (decision, options) in followUpOf.GetValueOrDefault(inject.Id) ?? [])
        {
            reasons.Add(decision.Chosen is null
                ? $"follow-up of {decision.Definition.Id} ({string.Join(", ", options)}), which was never decided"
                : $"follow-up of {decision.Definition.Id} ({string.Join(", ", options)}), but {decision.Chosen} was chosen");
        }

        return reasons.Count > 0 ? string.Join("; ", reasons) : "nothing releases it";
    }
}
