using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios.Validation;

/// <summary>Warnings about a scenario that is valid but would play badly: things nobody receives, does or sees.</summary>
internal static class ScenarioLinter
{
    public static void Lint(Scenario scenario, ScenarioSymbols symbols, IReadOnlySet<string> fireable, IReadOnlySet<string> inCycle, DiagnosticBag diagnostics)
    {
        foreach (var inject in scenario.Injects)
        {
            CheckReceivable(inject, scenario, symbols, diagnostics);
            if (!fireable.Contains(inject.Id) && !inCycle.Contains(inject.Id))
            {
                diagnostics.Report(DiagnosticCodes.UnreachableInject, inject.Location, WhyUnreachable(inject, symbols, fireable));
            }
        }

        CheckObjectives(scenario, symbols, diagnostics);

        var addressesAll = scenario.Injects.Any(i => i.To.AllPlayers);
        var addressed = scenario.Injects.SelectMany(i => i.To.NamedTeams).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var team in scenario.Teams)
        {
            if (!addressesAll && !addressed.Contains(team.Id))
            {
                diagnostics.Report(DiagnosticCodes.UnaddressedTeam, team.Location, $"no inject is addressed to team '{team.Id}' or to all players, so its players would receive nothing");
            }
        }

        foreach (var decision in scenario.Decisions)
        {
            if (symbols.PresentersOf(decision.Id).Count == 0)
            {
                diagnostics.Report(DiagnosticCodes.UnofferedDecision, decision.Location,
                    $"no inject presents decision '{decision.Id}'; add 'decision: {decision.Id}' to the inject that asks for it");
            }
        }
    }

    private static void CheckReceivable(Inject inject, Scenario scenario, ScenarioSymbols symbols, DiagnosticBag diagnostics)
    {
        if (inject.To.IsEmpty)
        {
            diagnostics.Report(DiagnosticCodes.UnreceivableInject, inject.To.Location,
                $"inject '{inject.Id}' is addressed to nobody; 'to' names teams, all, control or observers");
            return;
        }

        if (inject.To.AllPlayers && scenario.Teams.Count == 0 && !inject.To.Control && !inject.To.Observers)
        {
            diagnostics.Report(DiagnosticCodes.UnreceivableInject, inject.To.Location, $"inject '{inject.Id}' goes to all players, but the scenario has no teams");
            return;
        }

        if (inject.Channel != InjectChannel.SectorAlert || inject.Sector is not { } sector || !symbols.Sectors.ContainsKey(sector.Id))
        {
            return;
        }

        var recipients = inject.To.AllPlayers ? scenario.Teams : inject.To.NamedTeams.Select(t => symbols.Teams.GetValueOrDefault(t.Id)).OfType<Team>().Distinct();
        var recipientList = recipients.ToList();
        if (recipientList.Count > 0 && !recipientList.Any(t => t.Sees.Any(s => s.Id == sector.Id)))
        {
            diagnostics.Report(DiagnosticCodes.UnreceivableInject, inject.To.Location,
                $"sector alert '{inject.Id}' is about '{sector.Id}', which none of its recipients can see; add it to a team's 'sees' or address a team that sees it");
        }
    }

    private static string WhyUnreachable(Inject inject, ScenarioSymbols symbols, IReadOnlySet<string> fireable)
    {
        switch (inject.Trigger)
        {
            case TriggerKind.After when symbols.Injects.ContainsKey(inject.After!.Inject.Id) && !fireable.Contains(inject.After.Inject.Id):
                return $"inject '{inject.Id}' waits for '{inject.After.Inject.Id}', which can never fire";
            case TriggerKind.When:
                return $"inject '{inject.Id}' waits for injects in its condition that can never fire";
            case TriggerKind.None when inject.ContingencyFor is null:
                return $"inject '{inject.Id}' has no 'at', 'after' or 'when', is not on_demand and no decision option or missed expected action releases it";
            default:
                return $"inject '{inject.Id}' depends only on injects that can never fire";
        }
    }

    private static void CheckObjectives(Scenario scenario, ScenarioSymbols symbols, DiagnosticBag diagnostics)
    {
        var exercised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var inject in scenario.Injects)
        {
            exercised.UnionWith(inject.Objectives.Select(o => o.Id));
            foreach (var action in inject.ExpectedActions)
            {
                if (action.Objective is { } objective)
                {
                    exercised.Add(objective.Id);
                }

                if (action.Task is { } task && symbols.Tasks.TryGetValue(task.Id, out var owner))
                {
                    exercised.Add(owner.Objective.Id);
                }
            }
        }

        exercised.UnionWith(scenario.Decisions.Where(d => d.Objective is not null).Select(d => d.Objective!.Value.Id));
        foreach (var objective in scenario.Objectives)
        {
            if (!exercised.Contains(objective.Id))
            {
                diagnostics.Report(DiagnosticCodes.UnexercisedObjective, objective.Location,
                    $"no inject, expected action or decision exercises objective '{objective.Id}', so evaluators would have nothing to rate");
            }
        }
    }
}
