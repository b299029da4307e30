using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Conditions;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios.Validation;

/// <summary>
/// Injects that can never fire because of timing alone: due after the exercise has surely ended (ES405), or
/// needing a decision undecided after its default has surely been taken (ES407). Both are warnings: the file
/// plays, but those injects are dead weight a trainer did not mean.
/// </summary>
internal static class TimingWarnings
{
    public static void Check(Scenario scenario, ScenarioSymbols symbols, IReadOnlyDictionary<string, TimeSpan> scheduled, DiagnosticBag diagnostics)
    {
        var timing = new ConditionTiming(scheduled);
        var duration = scenario.Clock.Duration;
        var endCondition = scenario.End.When
            .Select(c => (Condition: c, By: timing.SurelyBy(c.Expression)))
            .Where(x => x.By is not null)
            .OrderBy(x => x.By)
            .FirstOrDefault();

        foreach (var inject in scenario.Injects)
        {
            var (due, location) = Due(inject, scheduled, timing);
            if (location is not { } where)
            {
                continue;
            }

            // 'at' and 'after' past the duration are already errors (ES303); a condition's time is only warned.
            if (inject.Trigger == TriggerKind.When && due > duration)
            {
                diagnostics.Report(DiagnosticCodes.DueAfterEnd, where,
                    $"inject '{inject.Id}' cannot fire before {StoryClock.FormatWithOffset(scenario.Clock, due)}, but the exercise ends at {StoryClock.FormatWithOffset(scenario.Clock, duration)}, so it never fires");
            }
            else if (endCondition.By is { } endsBy && due > endsBy && endsBy < duration)
            {
                diagnostics.Report(DiagnosticCodes.DueAfterEnd, where,
                    $"inject '{inject.Id}' is due at {StoryClock.FormatWithOffset(scenario.Clock, due)}, but the end condition '{endCondition.Condition.Text}' ends the exercise by {StoryClock.FormatWithOffset(scenario.Clock, endsBy)}, so it never fires");
            }

            if (inject.When is { } when)
            {
                CheckUndecided(inject, when, due, scenario.Clock, symbols, scheduled, diagnostics);
            }
        }
    }

    /// <summary>The earliest the inject can be released, and where its trigger is written; no location when unknown.</summary>
    private static (TimeSpan Due, SourceLocation? Location) Due(Inject inject, IReadOnlyDictionary<string, TimeSpan> scheduled, ConditionTiming timing) => inject.Trigger switch
    {
        TriggerKind.At or TriggerKind.After when scheduled.TryGetValue(inject.Id, out var at) =>
            (at, inject.At?.Location ?? inject.After!.Delay.Location),
        TriggerKind.When => (timing.EarliestPossible(inject.When!.Expression), inject.When!.Location),
        _ => (TimeSpan.Zero, null),
    };

    /// <summary>A 'not decided(d)' the inject needs, with a default that is surely taken before the inject can be due.</summary>
    private static void CheckUndecided(Inject inject, Condition when, TimeSpan due, ScenarioClock clock, ScenarioSymbols symbols, IReadOnlyDictionary<string, TimeSpan> scheduled, DiagnosticBag diagnostics)
    {
        foreach (var term in Conjuncts(when.Expression))
        {
            if (term is not NotExpression { Operand: CallExpression { Name: "decided", Arguments: [var decisionRef] } }
                || !symbols.Decisions.TryGetValue(decisionRef.Id, out var decision)
                || decision.Default is not { } fallback || decision.Within is not { } within)
            {
                continue;
            }

            // Presented by the first presenter released; the default follows 'within' later.
            var presented = symbols.PresentersOf(decision.Id).Where(p => scheduled.ContainsKey(p.Id)).Select(p => scheduled[p.Id]).DefaultIfEmpty(TimeSpan.MaxValue).Min();
            if (presented == TimeSpan.MaxValue)
            {
                continue;
            }

            var defaultAt = presented + within.Value;
            if (defaultAt < due)
            {
                diagnostics.Report(DiagnosticCodes.DecidedBeforeNeeded, term.Location,
                    $"inject '{inject.Id}' needs decision '{decision.Id}' undecided, but its default '{fallback.Id}' is taken by {StoryClock.FormatWithOffset(clock, defaultAt)} and the inject cannot fire before {StoryClock.FormatWithOffset(clock, due)}, so it never fires; fire it earlier or give the decision longer ('within')");
            }
        }
    }

    /// <summary>The parts joined by 'and' at the top: each must hold for the whole to hold.</summary>
    private static IEnumerable<ConditionExpression> Conjuncts(ConditionExpression expression) =>
        expression is LogicalExpression { Operator: LogicalOperator.And } and
            ? Conjuncts(and.Left).Concat(Conjuncts(and.Right))
            : [expression];
}
