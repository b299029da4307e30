using ExerciseServer.Core.Scenarios.Conditions;

namespace ExerciseServer.Core.Engine;

/// <summary>
/// Evaluates a condition the validator has already checked. Numbers compare with a small tolerance so that
/// a sector settling at exactly a threshold counts as reaching it.
/// </summary>
public static class ConditionEvaluator
{
    private const double Tolerance = 1e-9;

    public static bool IsTrue(ConditionExpression expression, IConditionContext context) => expression switch
    {
        LogicalExpression { Operator: LogicalOperator.And } and => IsTrue(and.Left, context) && IsTrue(and.Right, context),
        LogicalExpression or => IsTrue(or.Left, context) || IsTrue(or.Right, context),
        NotExpression not => !IsTrue(not.Operand, context),
        ComparisonExpression comparison => Compare(comparison, context),
        CallExpression call => Predicate(call, context),
        WordLiteral { Word: "true" } => true,
        WordLiteral { Word: "false" } => false,
        _ => throw new InvalidOperationException($"'{expression}' is not a true-or-false condition; the validator should have rejected it."),
    };

    /// <summary>How two numbers compare: equal within the tolerance, else by value.</summary>
    internal static int Order(double left, double right) => Math.Abs(left - right) <= Tolerance ? 0 : left.CompareTo(right);

    private static bool Predicate(CallExpression call, IConditionContext context)
    {
        var a = call.Arguments;
        return call.Name switch
        {
            "released" => context.Released(a[0].Id),
            "acknowledged" => context.Acknowledged(a[0].Id, a.Count > 1 ? a[1].Id : null),
            "responded" => context.Responded(a[0].Id, a.Count > 1 ? a[1].Id : null),
            "decided" => context.Decided(a[0].Id),
            "chosen" => context.Chosen(a[0].Id, a[1].Id),
            "met" => context.Met(a[0].Id),
            "missed" => context.Missed(a[0].Id),
            _ => throw new InvalidOperationException($"'{call.Name}' is not a true-or-false function."),
        };
    }

    private static bool Compare(ComparisonExpression comparison, IConditionContext context)
    {
        var left = Value(comparison.Left, comparison.Right, context);
        var right = Value(comparison.Right, comparison.Left, context);
        var order = (left, right) switch
        {
            (double l, double r) => Order(l, r),
            (TimeSpan l, TimeSpan r) => l.CompareTo(r),
            (SectorCondition l, SectorCondition r) => l == r ? 0 : 1,
            (bool l, bool r) => l == r ? 0 : 1,
            _ => throw new InvalidOperationException($"Cannot compare {left} with {right}."),
        };
        return comparison.Operator switch
        {
            ComparisonOperator.Equal => order == 0,
            ComparisonOperator.NotEqual => order != 0,
            ComparisonOperator.Less => order < 0,
            ComparisonOperator.LessOrEqual => order <= 0,
            ComparisonOperator.Greater => order > 0,
            _ => order >= 0,
        };
    }

    private static object Value(ConditionExpression expression, ConditionExpression other, IConditionContext context) => expression switch
    {
        NumberLiteral number => number.Value,
        DurationLiteral duration => duration.Value,
        GameTimeExpression => context.Time,
        WordLiteral { Word: "true" } => true,
        WordLiteral { Word: "false" } => false,
        WordLiteral word when other is CallExpression { Name: "state" } => Enum.Parse<SectorCondition>(word.Word, ignoreCase: true),
        CallExpression { Name: "inoperability" } call => context.Inoperability(call.Arguments[0].Id),
        CallExpression { Name: "state" } call => context.SectorState(call.Arguments[0].Id),
        CallExpression { Name: "resource" } call => context.Resource(call.Arguments[0].Id, call.Arguments[1].Id),
        CallExpression call => Predicate(call, context),
        _ => IsTrue(expression, context),
    };
}
