using System.Globalization;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Scenarios.Conditions;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Core.DryRun;

/// <summary>
/// Why a 'when' never held: each term joined by 'and' / 'or', whether it held when the run ended, and the values it
/// read then (a sector's inoperability also with its peak in the run), so the trainer sees which part failed.
/// </summary>
internal static class ConditionExplainer
{
    public static IReadOnlyList<ConditionTerm> Explain(ConditionExpression expression, IConditionContext context, Func<string, double> peak) =>
        [.. ConditionText.Terms(expression).Select(term => new ConditionTerm(ConditionText.Format(term), ConditionEvaluator.IsTrue(term, context), Values(term, context, peak)))];

    /// <summary>"a &gt;= 0.3 was false (inoperability(energy) = 0.212, peak 0.25); released(i3) was true".</summary>
    public static string Describe(IReadOnlyList<ConditionTerm> terms) =>
        string.Join("; ", terms.Select(t => $"{t.Text} was {(t.Held ? "true" : "false")}{(t.Values is { } v ? $" ({v})" : "")}"));

    private static string? Values(ConditionExpression term, IConditionContext context, Func<string, double> peak)
    {
        ConditionExpression[] sides = term switch
        {
            ComparisonExpression comparison => [comparison.Left, comparison.Right],
            NotExpression { Operand: ComparisonExpression comparison } => [comparison.Left, comparison.Right],
            _ => Array.Empty<ConditionExpression>(),
        };
        var values = sides.Select(side => Measured(side, context, peak)).OfType<string>().ToList();
        return values.Count > 0 ? string.Join(", ", values) : null;
    }

    private static string? Measured(ConditionExpression side, IConditionContext context, Func<string, double> peak) => side switch
    {
        CallExpression { Name: "inoperability" } call => string.Create(CultureInfo.InvariantCulture,
            $"{ConditionText.Format(call)} = {context.Inoperability(call.Arguments[0].Id):0.###}, peak {peak(call.Arguments[0].Id):0.###}"),
        CallExpression { Name: "state" } call => $"{ConditionText.Format(call)} = {StatusWords.Of(context.SectorState(call.Arguments[0].Id))}",
        CallExpression { Name: "resource" } call => string.Create(CultureInfo.InvariantCulture,
            $"{ConditionText.Format(call)} = {context.Resource(call.Arguments[0].Id, call.Arguments[1].Id):0.###}"),
        CallExpression call => $"{ConditionText.Format(call)} = {(ConditionEvaluator.IsTrue(call, context) ? "true" : "false")}",
        GameTimeExpression => $"time = {DurationFormat.Format(context.Time)}",
        _ => null,
    };
}
