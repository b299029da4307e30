namespace ExerciseServer.Core.Engine;

/// <summary>
/// A sector value one evaluation read: as a band (a comparison with <see cref="Number"/>, which gave
/// <see cref="Order"/>), or any change counts. <see cref="Item"/> and <see cref="Generation"/> say whose reading it is.
/// </summary>
internal readonly record struct SectorRead(int Sector, bool IsBand, double Number, bool Reversed)
{
    public int Order { get; init; }

    public int Item { get; init; }

    public int Generation { get; init; }

    /// <summary>The comparison's order at sector value <paramref name="q"/>, computed as the evaluator does.</summary>
    public int OrderAt(double q) => Reversed ? ConditionEvaluator.Order(Number, q) : ConditionEvaluator.Order(q, Number);
}
