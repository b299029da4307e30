using System.Globalization;

namespace ExerciseServer.Core.Scenarios.Conditions;

/// <summary>
/// A parsed condition written back as text in the condition grammar, so a report can quote one part of a
/// condition (a term) the way an author would write it.
/// </summary>
public static class ConditionText
{
    public static string Format(ConditionExpression expression) => expression switch
    {
        LogicalExpression logical => $"{Operand(logical.Left, logical.Operator)} {(logical.Operator == LogicalOperator.And ? "and" : "or")} {Operand(logical.Right, logical.Operator)}",
        NotExpression not => $"not {(not.Operand is LogicalExpression or ComparisonExpression ? $"({Format(not.Operand)})" : Format(not.Operand))}",
        ComparisonExpression comparison => $"{Format(comparison.Left)} {Symbol(comparison.Operator)} {Format(comparison.Right)}",
        CallExpression call => $"{call.Name}({string.Join(", ", call.Arguments.Select(a => a.Id))})",
        NumberLiteral number => number.Value.ToString("0.######", CultureInfo.InvariantCulture),
        DurationLiteral duration => DurationFormat.Format(duration.Value),
        GameTimeExpression => "time",
        WordLiteral word => word.Word,
        _ => expression.ToString(),
    };

    public static string Symbol(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.Equal => "==",
        _ => "!=",
    };

    /// <summary>The parts of a condition joined by 'and' and 'or', left to right: what a trainer checks one by one.</summary>
    public static IReadOnlyList<ConditionExpression> Terms(ConditionExpression expression)
    {
        var terms = new List<ConditionExpression>();
        var pending = new Stack<ConditionExpression>();
        pending.Push(expression);
        while (pending.TryPop(out var next))
        {
            if (next is LogicalExpression logical)
            {
                pending.Push(logical.Right);
                pending.Push(logical.Left);
            }
            else
            {
                terms.Add(next);
            }
        }

        return terms;
    }

    /// <summary>An 'or' inside an 'and' (or the reverse) needs brackets to keep its meaning.</summary>
    private static string Operand(ConditionExpression operand, LogicalOperator parent) =>
        operand is LogicalExpression inner && inner.Operator != parent ? $"({Format(operand)})" : Format(operand);
}
