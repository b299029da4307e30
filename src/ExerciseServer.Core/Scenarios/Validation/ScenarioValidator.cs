using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios.Validation;

/// <summary>
/// Stage two: the connections between items. Every reference resolves, nothing waits on itself, every
/// time fits the exercise, the sector model has an equilibrium; then lint warnings for a scenario that
/// loads but would play badly.
/// </summary>
public static class ScenarioValidator
{
    public static void Validate(Scenario scenario, DiagnosticBag diagnostics)
    {
        var symbols = new ScenarioSymbols(scenario, diagnostics);
        var binder = new ConditionBinder(symbols, diagnostics);
        var end = scenario.Clock.Duration;

        CheckLanguages(scenario, diagnostics);
        SectorModelChecks.Check(scenario, symbols, diagnostics);
        foreach (var team in scenario.Teams)
        {
            if (team.Plays is { } plays)
            {
                symbols.Resolve(plays, symbols.Actors, "actor");
            }

            foreach (var sector in team.Sees)
            {
                symbols.Resolve(sector, symbols.Sectors, "sector");
            }
        }

        foreach (var location in scenario.Sectors.SelectMany(s => s.Locations).Concat(scenario.Injects.SelectMany(i => i.Locations)))
        {
            symbols.Resolve(location, symbols.Locations, "location");
        }

        foreach (var phase in scenario.Phases)
        {
            CheckMomentInside(phase.Starts, scenario.Clock, $"phase '{phase.Id}' starts", diagnostics);
        }

        foreach (var inject in scenario.Injects)
        {
            CheckInject(inject, scenario, symbols, binder, diagnostics);
        }

        foreach (var decision in scenario.Decisions)
        {
            CheckDecision(decision, symbols, diagnostics, scenario.Clock);
        }

        foreach (var condition in scenario.End.When)
        {
            binder.Bind(condition, "the end condition");
        }

        foreach (var question in scenario.HotWash)
        {
            foreach (var team in question.Audience.Teams)
            {
                symbols.Resolve(team, symbols.Teams, "team");
            }

            foreach (var role in question.Audience.Roles)
            {
                symbols.Resolve(role);
            }
        }

        var dependencies = BuildDependencies(scenario, symbols, binder);
        var graph = new InjectGraph(scenario.Injects, dependencies);
        var inCycle = graph.ReportCycles(diagnostics);
        var scheduled = ScheduledTimes.Of(scenario, symbols);
        CheckAfterChains(scenario, scheduled, diagnostics, end);
        TimingWarnings.Check(scenario, symbols, scheduled, diagnostics);
        ThresholdWarnings.Check(scenario, diagnostics);
        ScenarioLinter.Lint(scenario, symbols, graph.Fireable(), inCycle, diagnostics);
    }

    private static void CheckLanguages(Scenario scenario, DiagnosticBag diagnostics)
    {
        var declared = scenario.Languages.Select(l => l.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var (owner, translations) in TranslatedItems(scenario))
        {
            foreach (var translation in translations)
            {
                if (!declared.Contains(translation.Language))
                {
                    diagnostics.Report(DiagnosticCodes.UndeclaredLanguage, translation.Location,
                        declared.Count == 0
                            ? $"{owner} has a '{translation.Language}' translation, but the scenario lists no languages; add 'languages: [en, {translation.Language}]'"
                            : $"{owner} has a '{translation.Language}' translation, but the scenario's languages are {string.Join(", ", declared)}{DidYouMean.Hint(translation.Language, declared)}");
                }
                else if (scenario.Languages.Count > 0 && translation.Language == scenario.Languages[0].Value)
                {
                    diagnostics.Report(DiagnosticCodes.UndeclaredLanguage, translation.Location,
                        $"'{translation.Language}' is the scenario's main language, so the own words of {owner} are already in it");
                }
            }
        }
    }

    /// <summary>Every item that can carry translations, named as an author would look for it.</summary>
    private static IEnumerable<(string Owner, IReadOnlyList<Translation> Translations)> TranslatedItems(Scenario scenario)
    {
        foreach (var sector in scenario.Sectors)
        {
            yield return ($"sector '{sector.Id}'", sector.Translations);
        }

        foreach (var actor in scenario.Actors)
        {
            yield return ($"actor '{actor.Id}'", actor.Translations);
        }

        foreach (var team in scenario.Teams)
        {
            yield return ($"team '{team.Id}'", team.Translations);
            foreach (var role in team.Roles)
            {
                yield return ($"role '{role.Id}' of team '{team.Id}'", role.Translations);
            }
        }

        foreach (var phase in scenario.Phases)
        {
            yield return ($"phase '{phase.Id}'", phase.Translations);
        }

        foreach (var inject in scenario.Injects)
        {
            yield return ($"inject '{inject.Id}'", inject.Translations);
            foreach (var action in inject.ExpectedActions)
            {
                yield return ($"expected action '{action.Id}'", action.Translations);
            }
        }

        foreach (var decision in scenario.Decisions)
        {
            yield return ($"decision '{decision.Id}'", decision.Translations);
            foreach (var option in decision.Options)
            {
                yield return ($"option '{option.Id}' of decision '{decision.Id}'", option.Translations);
            }
        }

        foreach (var question in scenario.HotWash)
        {
            yield return ($"hot-wash question '{question.Id}'", question.Translations);
        }
    }

    private static void CheckInject(Inject inject, Scenario scenario, ScenarioSymbols symbols, ConditionBinder binder, DiagnosticBag diagnostics)
    {
        var clock = scenario.Clock;
        if (inject.Phase is { } phase)
        {
            symbols.Resolve(phase, symbols.Phases, "phase");
        }

        if (inject.At is { } at)
        {
            CheckMomentInside(at, clock, $"inject '{inject.Id}' is released", diagnostics);
        }

        if (inject.After is { } after)
        {
            symbols.Resolve(after.Inject, symbols.Injects, "inject");
            CheckSpanInside(after.Delay, clock, $"the delay of inject '{inject.Id}'", diagnostics);
        }

        if (inject.When is { } when)
        {
            binder.Bind(when, "the condition");
        }

        foreach (var team in inject.To.Teams)
        {
            symbols.Resolve(team, symbols.Teams, "team");
        }

        foreach (var role in inject.To.Roles)
        {
            symbols.Resolve(role);
        }

        if (inject.From is { } from)
        {
            symbols.Resolve(from, symbols.Personas, "persona");
        }

        if (inject.Sector is { } sector)
        {
            symbols.Resolve(sector, symbols.Sectors, "sector");
        }

        foreach (var effect in inject.Effects)
        {
            symbols.Resolve(effect.Sector, symbols.Sectors, "sector");
        }

        foreach (var action in inject.ExpectedActions)
        {
            if (action.Team is { } team)
            {
                symbols.Resolve(team, symbols.Teams, "team");
            }
            else if (inject.To.AllPlayers || inject.To.NamedTeams.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count() != 1)
            {
                diagnostics.Report(DiagnosticCodes.AmbiguousExpectedTeam, action.Location,
                    $"inject '{inject.Id}' goes to {(inject.To.AllPlayers ? "all players" : $"{inject.To.NamedTeams.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count()} teams")}, so expected action '{action.Id}' must say which 'team' acts");
            }

            CheckSpanInside(action.Within, clock, $"the deadline of expected action '{action.Id}'", diagnostics);
            if (action.Evidence is { } evidence)
            {
                binder.Bind(evidence, "the evidence");
            }

            if (action.Objective is { } objective)
            {
                symbols.Resolve(objective, symbols.Objectives, "objective");
            }

            if (action.Task is { } task)
            {
                symbols.Resolve(task, symbols.Tasks, "critical task");
            }
        }

        if (inject.ContingencyFor is { } contingency)
        {
            symbols.Resolve(contingency, symbols.ExpectedActions, "expected action");
        }

        if (inject.Decision is { } decision)
        {
            symbols.Resolve(decision, symbols.Decisions, "decision");
        }

        foreach (var objective in inject.Objectives)
        {
            symbols.Resolve(objective, symbols.Objectives, "objective");
        }
    }

    private static void CheckDecision(Decision decision, ScenarioSymbols symbols, DiagnosticBag diagnostics, ScenarioClock clock)
    {
        var team = decision.By.Id.Length == 0 || decision.Joint is not null ? null : symbols.Resolve(decision.By, symbols.Teams, "team");
        var jointTeams = decision.Joint is { } joint ? JointDecisionChecks.Check(decision, joint, symbols, diagnostics) : [];
        var options = symbols.Options[decision];
        if (decision.Default is { } fallback)
        {
            symbols.Resolve(fallback, options, $"option of decision '{decision.Id}'");
        }

        if (decision.Within is { } within)
        {
            CheckSpanInside(within, clock, $"the time to decide '{decision.Id}'", diagnostics);
        }

        if (decision.Objective is { } objective)
        {
            symbols.Resolve(objective, symbols.Objectives, "objective");
        }

        var resources = team?.Resources.DistinctBy(r => r.Name).ToDictionary(r => r.Name, StringComparer.Ordinal);
        foreach (var option in decision.Options)
        {
            foreach (var effect in option.Effects)
            {
                symbols.Resolve(effect.Sector, symbols.Sectors, "sector");
            }

            foreach (var followUp in option.FollowUps)
            {
                symbols.Resolve(followUp.Inject, symbols.Injects, "inject");
                CheckSpanInside(followUp.Delay, clock, $"the follow-up delay in option '{option.Id}'", diagnostics);
            }

            if (resources is not null)
            {
                foreach (var change in option.Resources)
                {
                    symbols.Resolve(new Reference(change.Name, change.Location), resources, $"resource of team '{team!.Id}'");
                }
            }

            // A joint decision's resource changes apply to each of its teams, so each must have the resource.
            foreach (var party in jointTeams)
            {
                var partyResources = party.Resources.DistinctBy(r => r.Name).ToDictionary(r => r.Name, StringComparer.Ordinal);
                foreach (var change in option.Resources)
                {
                    symbols.Resolve(new Reference(change.Name, change.Location), partyResources, $"resource of team '{party.Id}'");
                }
            }
        }
    }

    private static Dictionary<string, InjectDependencies> BuildDependencies(Scenario scenario, ScenarioSymbols symbols, ConditionBinder binder)
    {
        var result = new Dictionary<string, InjectDependencies>(StringComparer.Ordinal);
        foreach (var inject in scenario.Injects)
        {
            result.TryAdd(inject.Id, new InjectDependencies());
        }

        foreach (var inject in scenario.Injects)
        {
            if (!result.TryGetValue(inject.Id, out var deps) || !ReferenceEquals(symbols.Injects[inject.Id], inject))
            {
                continue;
            }

            // An unreadable trigger is already an error; assume it fires rather than warn about what waits on it.
            switch (inject.HasUnreadableTrigger ? TriggerKind.At : inject.Trigger)
            {
                case TriggerKind.At or TriggerKind.OnDemand:
                    deps.FiresOnItsOwn = true;
                    break;
                case TriggerKind.After when symbols.Injects.ContainsKey(inject.After!.Inject.Id):
                    deps.AllOf.Add(inject.After.Inject.Id);
                    break;
                case TriggerKind.When:
                    deps.FiresOnItsOwn = true;
                    deps.AllOf.UnionWith(binder.RequiredInjects(inject.When!.Expression));
                    break;
            }

            if (inject.ContingencyFor is { } contingency && symbols.ExpectedActions.TryGetValue(contingency.Id, out var missed))
            {
                deps.AnyOf.Add(missed.Inject.Id);
            }
        }

        foreach (var decision in scenario.Decisions)
        {
            foreach (var followUp in decision.Options.SelectMany(o => o.FollowUps))
            {
                if (result.TryGetValue(followUp.Inject.Id, out var deps))
                {
                    deps.AnyOf.UnionWith(symbols.PresentersOf(decision.Id).Select(p => p.Id));
                }
            }
        }

        return result;
    }

    /// <summary>An inject 'after' another fires no earlier than that one plus the delay: the chain must end in time.</summary>
    private static void CheckAfterChains(Scenario scenario, IReadOnlyDictionary<string, TimeSpan> scheduled, DiagnosticBag diagnostics, TimeSpan end)
    {
        foreach (var inject in scenario.Injects)
        {
            if (inject.Trigger == TriggerKind.After && scheduled.TryGetValue(inject.Id, out var time) && time > end)
            {
                diagnostics.Report(DiagnosticCodes.OutsideExercise, inject.After!.Delay.Location,
                    $"inject '{inject.Id}' comes at {StoryClock.FormatWithOffset(scenario.Clock, time)} at the earliest, after the exercise ends at {StoryClock.FormatWithOffset(scenario.Clock, end)}");
            }
        }
    }

    /// <summary>A moment (an offset from the start) read as story time: "at Mon 12 Jan 10:00 UTC+02:00 (T+3h)".</summary>
    private static void CheckMomentInside(Located<TimeSpan> value, ScenarioClock clock, string what, DiagnosticBag diagnostics)
    {
        if (value.Value > clock.Duration)
        {
            diagnostics.Report(DiagnosticCodes.OutsideExercise, value.Location,
                $"{what} at {StoryClock.FormatWithOffset(clock, value.Value)}, after the exercise ends at {StoryClock.FormatWithOffset(clock, clock.Duration)}");
        }
    }

    /// <summary>A span (a delay, a time allowed) is no moment, so only the exercise's end is shown as story time.</summary>
    private static void CheckSpanInside(Located<TimeSpan> value, ScenarioClock clock, string what, DiagnosticBag diagnostics)
    {
        if (value.Value > clock.Duration)
        {
            diagnostics.Report(DiagnosticCodes.OutsideExercise, value.Location,
                $"{what} is {DurationFormat.Format(value.Value)}, longer than the whole exercise ({DurationFormat.Format(clock.Duration)}, ending {StoryClock.FormatWithOffset(clock, clock.Duration)})");
        }
    }
}
