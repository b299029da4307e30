using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Conditions;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios.Validation;

/// <summary>
/// Checks a parsed condition against the scenario: every name exists, every function gets the right
/// arguments, both sides of a comparison are of one kind, and the whole is true or false.
/// </summary>
internal sealed class ConditionBinder(ScenarioSymbols symbols, DiagnosticBag diagnostics)
{
    public void Bind(Condition condition, string what)
    {
        var type = TypeOf(condition.Expression);
        if (type is not null and not ConditionValueType.Boolean)
        {
            diagnostics.Report(DiagnosticCodes.ConditionType, condition.Location,
                $"{what} '{condition.Text}' is a {Describe(type.Value)}, not true or false; compare it, for example '{condition.Text} >= ...'");
        }
    }

    /// <summary>
    /// The injects that must have been released for the condition to hold: both sides of an 'and', what both
    /// sides of an 'or' share, nothing under a 'not'. Waiting on these is what can deadlock.
    /// </summary>
    public IReadOnlySet<string> RequiredInjects(ConditionExpression expression)
    {
        switch (expression)
        {
            case LogicalExpression { Operator: LogicalOperator.And } and:
                var union = new HashSet<string>(RequiredInjects(and.Left), StringComparer.Ordinal);
                union.UnionWith(RequiredInjects(and.Right));
                return union;
            case LogicalExpression or:
                var both = new HashSet<string>(RequiredInjects(or.Left), StringComparer.Ordinal);
                both.IntersectWith(RequiredInjects(or.Right));
                return both;
            case CallExpression call when call.Arguments.Count > 0:
                var first = call.Arguments[0].Id;
                return call.Name switch
                {
                    "released" or "acknowledged" or "responded" when symbols.Injects.ContainsKey(first) => new HashSet<string>(StringComparer.Ordinal) { first },
                    "met" or "missed" when symbols.ExpectedActions.TryGetValue(first, out var action) => new HashSet<string>(StringComparer.Ordinal) { action.Inject.Id },
                    "decided" or "chosen" when symbols.PresentersOf(first) is [var only] => new HashSet<string>(StringComparer.Ordinal) { only.Id },
                    _ => new HashSet<string>(StringComparer.Ordinal),
                };
            default:
                return new HashSet<string>(StringComparer.Ordinal);
        }
    }

    private ConditionValueType? TypeOf(ConditionExpression expression)
    {
        switch (expression)
        {
            case LogicalExpression logical:
                ExpectBoolean(logical.Left, logical.Operator == LogicalOperator.And ? "and" : "or");
                ExpectBoolean(logical.Right, logical.Operator == LogicalOperator.And ? "and" : "or");
                return ConditionValueType.Boolean;
            case NotExpression not:
                ExpectBoolean(not.Operand, "not");
                return ConditionValueType.Boolean;
            case ComparisonExpression comparison:
                BindComparison(comparison);
                return ConditionValueType.Boolean;
            case CallExpression call:
                return BindCall(call);
            case NumberLiteral:
                return ConditionValueType.Number;
            case DurationLiteral or GameTimeExpression:
                return ConditionValueType.Duration;
            case WordLiteral { Word: "true" or "false" }:
                return ConditionValueType.Boolean;
            case WordLiteral word:
                diagnostics.Report(DiagnosticCodes.ConditionType, word.Location,
                    $"'{word.Word}' means nothing on its own here{DidYouMean.Hint(word.Word, ConditionFunctions.All.Select(f => f.Name).Append("time"))}");
                return null;
            default:
                return null;
        }
    }

    private void ExpectBoolean(ConditionExpression operand, string keyword)
    {
        var type = TypeOf(operand);
        if (type is not null and not ConditionValueType.Boolean)
        {
            diagnostics.Report(DiagnosticCodes.ConditionType, operand.Location, $"'{keyword}' joins true-or-false conditions, but this is a {Describe(type.Value)}");
        }
    }

    private void BindComparison(ComparisonExpression comparison)
    {
        // A bare word is a sector state when the other side is one; bind that side first.
        var leftWord = comparison.Left as WordLiteral;
        var rightWord = comparison.Right as WordLiteral;
        var left = leftWord is null || leftWord.Word is "true" or "false" ? TypeOf(comparison.Left) : null;
        var right = rightWord is null || rightWord.Word is "true" or "false" ? TypeOf(comparison.Right) : null;
        if (left == ConditionValueType.SectorState && rightWord is not null)
        {
            right = BindStateWord(rightWord);
        }
        else if (right == ConditionValueType.SectorState && leftWord is not null)
        {
            left = BindStateWord(leftWord);
        }
        else
        {
            left ??= leftWord is null ? null : TypeOf(leftWord);
            right ??= rightWord is null ? null : TypeOf(rightWord);
        }

        if (left is null || right is null)
        {
            return;
        }

        if (left != right)
        {
            diagnostics.Report(DiagnosticCodes.ConditionType, comparison.Location,
                $"this compares a {Describe(left.Value)} with a {Describe(right.Value)}");
            return;
        }

        var ordered = comparison.Operator is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual);
        if (ordered && left is ConditionValueType.Boolean or ConditionValueType.SectorState)
        {
            diagnostics.Report(DiagnosticCodes.ConditionType, comparison.Location,
                $"a {Describe(left.Value)} can only be compared with == or !=");
        }
    }

    private ConditionValueType? BindStateWord(WordLiteral word)
    {
        if (ConditionFunctions.SectorStates.Contains(word.Word, StringComparer.Ordinal))
        {
            return ConditionValueType.SectorState;
        }

        diagnostics.Report(DiagnosticCodes.UnresolvedReference, word.Location,
            $"'{word.Word}' is not a sector state ({string.Join(", ", ConditionFunctions.SectorStates)}){DidYouMean.Hint(word.Word, ConditionFunctions.SectorStates)}");
        return null;
    }

    private ConditionValueType? BindCall(CallExpression call)
    {
        var function = ConditionFunctions.Find(call.Name);
        if (function is null)
        {
            diagnostics.Report(DiagnosticCodes.ConditionSyntax, call.Location,
                $"'{call.Name}' is not a condition function{DidYouMean.Hint(call.Name, ConditionFunctions.All.Select(f => f.Name))}; the functions are {string.Join(", ", ConditionFunctions.All.Select(f => f.Name))}");
            return null;
        }

        if (call.Arguments.Count < function.MinArguments || call.Arguments.Count > function.Parameters.Count)
        {
            diagnostics.Report(DiagnosticCodes.ConditionSyntax, call.Location, $"'{call.Name}' takes {function.Signature}");
            return function.Result;
        }

        Decision? decision = null;
        Team? team = null;
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var argument = call.Arguments[i];
            switch (function.Parameters[i])
            {
                case ArgumentKind.Sector:
                    symbols.Resolve(argument, symbols.Sectors, "sector");
                    break;
                case ArgumentKind.Inject:
                    symbols.Resolve(argument, symbols.Injects, "inject");
                    break;
                case ArgumentKind.Team:
                    team = symbols.Resolve(argument, symbols.Teams, "team");
                    break;
                case ArgumentKind.Decision:
                    decision = symbols.Resolve(argument, symbols.Decisions, "decision");
                    break;
                case ArgumentKind.ExpectedAction:
                    symbols.Resolve(argument, symbols.ExpectedActions, "expected action");
                    break;
                case ArgumentKind.Option when decision is not null:
                    symbols.Resolve(argument, symbols.Options[decision], $"option of decision '{decision.Id}'");
                    break;
                case ArgumentKind.Resource when team is not null:
                    symbols.Resolve(argument, team.Resources.DistinctBy(r => r.Name).ToDictionary(r => r.Name, StringComparer.Ordinal), $"resource of team '{team.Id}'");
                    break;
            }
        }

        return function.Result;
    }

    private static string Describe(ConditionValueType type) => type switch
    {
        ConditionValueType.Boolean => "true-or-false condition",
        ConditionValueType.Number => "number",
        ConditionValueType.Duration => "duration",
        ConditionValueType.SectorState => "sector state",
        _ => type.ToString(),
    };
}
