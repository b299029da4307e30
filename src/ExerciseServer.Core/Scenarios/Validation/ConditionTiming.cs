using ExerciseServer.Core.Scenarios.Conditions;

namespace ExerciseServer.Core.Scenarios.Validation;

/// <summary>
/// What the file alone says about when a condition can hold, from its <c>time</c> comparisons and the
/// scheduled injects it names: the earliest moment it can possibly hold, and the moment by which it surely holds.
/// </summary>
internal sealed class ConditionTiming(IReadOnlyDictionary<string, TimeSpan> scheduled)
{
    /// <summary>No earlier than this can the condition hold (zero when nothing in it waits for a time).</summary>
    public TimeSpan EarliestPossible(ConditionExpression expression) => expression switch
    {
        LogicalExpression { Operator: LogicalOperator.And } and => Max(EarliestPossible(and.Left), EarliestPossible(and.Right)),
        LogicalExpression or => Min(EarliestPossible(or.Left), EarliestPossible(or.Right)),
        ComparisonExpression comparison when TimeFrom(comparison) is { } from => from,
        CallExpression { Name: "released" or "acknowledged" or "responded" } call when scheduled.TryGetValue(call.Arguments[0].Id, out var at) => at,
        _ => TimeSpan.Zero,
    };

    /// <summary>By this time the condition holds in every run, or null when that depends on play.</summary>
    public TimeSpan? SurelyBy(ConditionExpression expression) => expression switch
    {
        LogicalExpression { Operator: LogicalOperator.And } and => SurelyBy(and.Left) is { } l && SurelyBy(and.Right) is { } r ? Max(l, r) : (TimeSpan?)null,
        LogicalExpression or => (SurelyBy(or.Left), SurelyBy(or.Right)) switch
        {
            ({ } l, { } r) => (TimeSpan?)Min(l, r),
            ({ } l, null) => l,
            (null, var r) => r,
        },
        ComparisonExpression comparison when TimeFrom(comparison) is { } from => from,
        CallExpression { Name: "released" } call when scheduled.TryGetValue(call.Arguments[0].Id, out var at) => at,
        _ => null,
    };

    /// <summary><c>time &gt;= T</c>, <c>time &gt; T</c> and their mirror images hold from T on.</summary>
    private static TimeSpan? TimeFrom(ComparisonExpression comparison) => comparison switch
    {
        { Left: GameTimeExpression, Operator: ComparisonOperator.Greater or ComparisonOperator.GreaterOrEqual, Right: DurationLiteral d } => d.Value,
        { Left: DurationLiteral d, Operator: ComparisonOperator.Less or ComparisonOperator.LessOrEqual, Right: GameTimeExpression } => d.Value,
        _ => null,
    };

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
