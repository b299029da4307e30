namespace ExerciseServer.Core.Engine;

/// <summary>
/// A timed item in the exercise's agenda. Ordered by game time, then kind, then <see cref="Order"/> (an inject's
/// MSEL number, or the sequence number of the event that scheduled it), so processing is deterministic.
/// </summary>
public sealed record AgendaItem(TimeSpan Time, AgendaKind Kind, long Order, string Id, double Amount = 0) : IComparable<AgendaItem>
{
    public int CompareTo(AgendaItem? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byTime = Time.CompareTo(other.Time);
        if (byTime != 0)
        {
            return byTime;
        }

        var byKind = Kind.CompareTo(other.Kind);
        if (byKind != 0)
        {
            return byKind;
        }

        var byOrder = Order.CompareTo(other.Order);
        return byOrder != 0 ? byOrder : string.CompareOrdinal(Id, other.Id) is var byId && byId != 0 ? byId : Amount.CompareTo(other.Amount);
    }
}
