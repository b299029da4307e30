namespace ExerciseServer.Core.Engine;

/// <summary>
/// The exercise's timed items in processing order, with each item findable by what it is for (kind and id), so
/// unscheduling an inject's release or an action's deadline does not search the whole agenda. Only
/// <see cref="ExerciseState"/> holds one; it changes it while applying events.
/// </summary>
internal sealed class ExerciseAgenda
{
    private readonly SortedSet<AgendaItem> _items = [];
    private readonly Dictionary<(AgendaKind Kind, string Id), List<AgendaItem>> _byKey = [];

    public IReadOnlySet<AgendaItem> Items => _items;

    /// <summary>The earliest item, or null when nothing is scheduled.</summary>
    public AgendaItem? Next => _items.Count > 0 ? _items.Min : null;

    /// <summary>The next scheduled inject release.</summary>
    public AgendaItem? NextInjectDue => _items.FirstOrDefault(i => i.Kind == AgendaKind.InjectDue);

    /// <summary>The earliest time scheduled for <paramref name="kind"/> and <paramref name="id"/>, or null.</summary>
    public TimeSpan? EarliestFor(AgendaKind kind, string id) =>
        _byKey.TryGetValue((kind, id), out var items) && items.Count > 0 ? items.Min(i => i.Time) : null;

    public void Schedule(AgendaItem item)
    {
        if (!_items.Add(item))
        {
            return;
        }

        if (!_byKey.TryGetValue((item.Kind, item.Id), out var list))
        {
            _byKey[(item.Kind, item.Id)] = list = [];
        }

        list.Add(item);
    }

    /// <summary>Removes every item of <paramref name="kind"/> for <paramref name="id"/>.</summary>
    public void Unschedule(AgendaKind kind, string id)
    {
        if (_byKey.Remove((kind, id), out var items))
        {
            foreach (var item in items)
            {
                _items.Remove(item);
            }
        }
    }

    /// <summary>
    /// Adds an item that is only ever removed by <see cref="RemoveWhere"/> (a perturbation's expiry): it is not
    /// indexed by key, as several can share one sector.
    /// </summary>
    public void Add(AgendaItem item) => _items.Add(item);

    public void RemoveWhere(Predicate<AgendaItem> match) => _items.RemoveWhere(match);

    public void Clear()
    {
        _items.Clear();
        _byKey.Clear();
    }
}
