using System.Globalization;
using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Conditions;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios.Validation;

/// <summary>
/// ES406: <c>inoperability(x) &gt;= 25</c> meant as 25 % can never hold, since q runs from 0 to 1. Written as a
/// warning at the number, with the fraction the author most likely meant.
/// </summary>
internal static class ThresholdWarnings
{
    public static void Check(Scenario scenario, DiagnosticBag diagnostics)
    {
        var conditions = scenario.Injects.Select(i => i.When)
            .Concat(scenario.Injects.SelectMany(i => i.ExpectedActions).Select(a => a.Evidence))
            .Concat(scenario.End.When)
            .OfType<Condition>();
        foreach (var condition in conditions)
        {
            foreach (var comparison in Comparisons(condition.Expression))
            {
                var number = (comparison.Left, comparison.Right) switch
                {
                    (CallExpression { Name: "inoperability" }, NumberLiteral n) => n,
                    (NumberLiteral n, CallExpression { Name: "inoperability" }) => n,
                    _ => null,
                };
                if (number is { Value: < 0 or > 1 })
                {
                    var hint = number.Value is > 1 and <= 100 ? string.Create(CultureInfo.InvariantCulture, $"; for {number.Value:0.##} % write {number.Value / 100:0.####} or {number.Value:0.##}%") : "";
                    diagnostics.Report(DiagnosticCodes.ThresholdOutOfRange, number.Location, string.Create(CultureInfo.InvariantCulture,
                        $"'{ConditionText.Format(comparison)}' compares an inoperability, which runs from 0 (working) to 1 (down), with {number.Value:0.####}{hint}"));
                }
            }
        }
    }

    private static IEnumerable<ComparisonExpression> Comparisons(ConditionExpression expression) => expression switch
    {
        LogicalExpression logical => Comparisons(logical.Left).Concat(Comparisons(logical.Right)),
        NotExpression not => Comparisons(not.Operand),
        ComparisonExpression comparison => [comparison],
        _ => [],
    };
}
