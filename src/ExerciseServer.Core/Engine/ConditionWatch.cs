using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Scenarios.Conditions;

namespace ExerciseServer.Core.Engine;

/// <summary>
/// A list of conditions the engine checks in a fixed order at every settle pass (the <c>when</c> of injects, the
/// evidence of pending expected actions), which hands out only those whose answer may have changed since it was last
/// false. The answer is exactly the full scan's: a condition is a pure function of what it reads, so a condition that
/// was false stays false while nothing it read has changed, and is skipped only then:
/// <list type="bullet">
/// <item>Facts (released, acknowledged, responded, decided, chosen, met, missed, state, resource) change only through
/// events; every event the engine applies marks the conditions that name its inject, decision, action, sector or team
/// (<see cref="Touch"/>), and an event of any other kind, a reset included, marks them all.</item>
/// <item><c>time</c> compared with a duration D has one answer before D, one at D and one after D; a false answer that
/// read it holds until the clock reaches the next of those boundaries.</item>
/// <item><c>inoperability(s)</c> compared with a number has one answer per side of the number (and one within the
/// comparison's tolerance of it): a false answer that read it holds while the sector's value at each pass stays on the
/// same side; read any other way, any change of the value in any bit counts. <c>time</c> or a function used any other
/// way makes the condition checked at every pass.</item>
/// </list>
/// <c>and</c> and <c>or</c> read their fact side before their time side and that before their sector side, so a false
/// fact keeps a condition quiet however the clock and the sectors move (the answer does not depend on the order, only
/// on what is read). Within a pass conditions come in list order; one marked during the pass is checked in the same
/// pass if it comes later in the list, and in the next pass if it came earlier, as in a scan of the whole list.
/// </summary>
internal sealed class ConditionWatch
{
    private readonly WatchedCondition[] _conditions;
    private readonly IReadOnlyList<string> _sectors;
    private readonly Dictionary<(char Kind, string Id), int[]> _dependents = [];
    private readonly bool[] _open;
    private readonly bool[] _cachedFalse;
    private readonly int[] _generation;
    private readonly bool[] _candidate;
    private readonly PriorityQueue<int, int> _candidates = new();
    private readonly List<int> _deferred = [];
    private readonly PriorityQueue<(int Item, int Generation), long> _expiries = new();
    private readonly List<SectorRead>[] _sectorReaders;
    private readonly List<SectorRead> _reads = [];
    private readonly HashSet<int> _always = [];
    private readonly double[] _q;
    private bool _haveQ;
    private long _lastTicks = long.MinValue;
    private int _cursor = -1;
    private bool _inPass;

    /// <param name="conditions">The conditions in check order.</param>
    /// <param name="sectors">The scenario's sector ids, in model order.</param>
    public ConditionWatch(IReadOnlyList<ConditionExpression> conditions, IReadOnlyList<string> sectors)
    {
        _sectors = sectors;
        var sectorIndex = sectors.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        _conditions = new WatchedCondition[conditions.Count];
        var dependents = new Dictionary<(char Kind, string Id), List<int>>();
        for (var i = 0; i < conditions.Count; i++)
        {
            _conditions[i] = new WatchedCondition(conditions[i], sectors, sectorIndex);
            foreach (var key in _conditions[i].FactKeys)
            {
                if (!dependents.TryGetValue(key, out var list))
                {
                    dependents[key] = list = [];
                }

                list.Add(i);
            }
        }

        foreach (var (key, list) in dependents)
        {
            _dependents[key] = [.. list];
        }

        _open = new bool[conditions.Count];
        _cachedFalse = new bool[conditions.Count];
        _generation = new int[conditions.Count];
        _candidate = new bool[conditions.Count];
        _sectorReaders = [.. sectors.Select(_ => new List<SectorRead>())];
        _q = new double[sectors.Count];
    }

    public int Count => _conditions.Length;

    /// <summary>Watches condition <paramref name="item"/> from now on; it is checked at the next pass.</summary>
    public void Open(int item)
    {
        _open[item] = true;
        Invalidate(item);
    }

    /// <summary>Stops watching <paramref name="item"/> (its inject fired, its action was judged).</summary>
    public void Close(int item)
    {
        _open[item] = false;
        _cachedFalse[item] = false;
    }

    /// <summary>Opens exactly the items <paramref name="isOpen"/> names and forgets every answer.</summary>
    public void Reset(Func<int, bool> isOpen)
    {
        for (var i = 0; i < _conditions.Length; i++)
        {
            _open[i] = false;
            _cachedFalse[i] = false;
            if (isOpen(i))
            {
                Open(i);
            }
        }

        _always.Clear();
        _expiries.Clear();
        foreach (var readers in _sectorReaders)
        {
            readers.Clear();
        }

        _haveQ = false;
        _lastTicks = long.MinValue;
    }

    /// <summary>Marks what an applied event may have changed; false when it is of a kind that may change anything.</summary>
    public bool Touch(ExerciseEvent e, ExerciseState state)
    {
        switch (e)
        {
            case InjectDue or InjectHeld or InjectSkipped or InjectCancelled or InjectExpired:
                Touch('i', InjectOf(e));
                return true;
            case InjectReleased released:
                Touch('i', released.InjectId);
                if (state.Injects.TryGetValue(released.InjectId, out var inject) && inject.Definition is { } definition)
                {
                    foreach (var action in definition.ExpectedActions)
                    {
                        Touch('a', action.Id);
                    }
                }

                return true;
            case InjectAcknowledged acknowledged:
                Touch('i', acknowledged.InjectId);
                return true;
            case InjectResponded responded:
                Touch('i', responded.InjectId);
                return true;
            case AdHocInjectCreated created:
                Touch('i', created.InjectId);
                return true;
            case DecisionTaken taken:
                Touch('d', taken.DecisionId);
                if (state.Decisions.TryGetValue(taken.DecisionId, out var decision))
                {
                    Touch('r', decision.Definition.By.Id);
                }

                return true;
            case JointDecisionResolved resolved:
                Touch('d', resolved.DecisionId);
                if (state.Decisions.TryGetValue(resolved.DecisionId, out var joint))
                {
                    foreach (var team in joint.Definition.Parties)
                    {
                        Touch('r', team);
                    }
                }

                return true;
            case ExpectedActionMet met:
                Touch('a', met.ActionId);
                return true;
            case ExpectedActionMissed missed:
                Touch('a', missed.ActionId);
                return true;
            case SectorStateChanged changed:
                Touch('s', changed.Sector);
                return true;
            case ExerciseStarted or ExercisePaused or ExerciseResumed or ExerciseEnded or ClockSpeedChanged or ClockJumped
                or PerturbationExpired or SectorSampled or MessageSent or ObservationRecorded or RatingRecorded
                or FindingRecorded or ImprovementPlanned or ReviewItemWithdrawn or HotWashAnswered or JointVoteCast:
                // Lifecycle, clock, messages, reviews and votes: nothing a condition reads. Sector values are compared at each pass.
                return true;
            default:
                return false;
        }
    }

    /// <summary>Starts a pass at game time <paramref name="t"/>, with the sector values <paramref name="context"/> reads.</summary>
    public void BeginPass(TimeSpan t, IConditionContext context)
    {
        if (t.Ticks < _lastTicks)
        {
            // The clock went back (only a reset does that, and it forgets everything anyway): check all again.
            InvalidateAll();
        }

        _lastTicks = t.Ticks;
        while (_expiries.TryPeek(out var expiry, out var below) && below <= t.Ticks)
        {
            _expiries.Dequeue();
            if (IsCurrent(expiry.Item, expiry.Generation))
            {
                Invalidate(expiry.Item);
            }
        }

        foreach (var item in _always)
        {
            Invalidate(item);
        }

        CompareSectors(context);
        _inPass = true;
        _cursor = -1;
    }

    /// <summary>The next item of this pass to check, in list order, or -1 when none is left.</summary>
    public int Next()
    {
        while (_candidates.TryDequeue(out var item, out _))
        {
            _candidate[item] = false;
            if (!_open[item])
            {
                continue;
            }

            _cursor = item;
            return item;
        }

        return -1;
    }

    /// <summary>After an event within a pass: sector values read from the live model may have moved with it.</summary>
    public void AfterEventInPass(IConditionContext context)
    {
        if (_inPass)
        {
            CompareSectors(context);
        }
    }

    public void EndPass()
    {
        _inPass = false;
        _cursor = -1;
        foreach (var item in _deferred)
        {
            _candidates.Enqueue(item, item);
        }

        _deferred.Clear();
    }

    /// <summary>Evaluates item <paramref name="item"/> and remembers, when false, until when that answer holds.</summary>
    public bool Evaluate(int item, IConditionContext context)
    {
        var generation = ++_generation[item];
        _reads.Clear();
        var result = _conditions[item].Evaluate(context, _reads, out var holdsBelow, out var always);
        _always.Remove(item);
        if (result || always)
        {
            // Checked again next pass: true is acted on and closes the item; an unknown read is never trusted.
            _cachedFalse[item] = false;
            if (always)
            {
                _always.Add(item);
            }

            return result;
        }

        _cachedFalse[item] = true;
        if (holdsBelow != long.MaxValue)
        {
            _expiries.Enqueue((item, generation), holdsBelow);
        }

        foreach (var read in _reads)
        {
            _sectorReaders[read.Sector].Add(read with { Item = item, Generation = generation });
        }

        return false;
    }

    private bool IsCurrent(int item, int generation) => _cachedFalse[item] && _generation[item] == generation;

    private void CompareSectors(IConditionContext context)
    {
        for (var s = 0; s < _sectors.Count; s++)
        {
            var q = context.Inoperability(_sectors[s]);
            if (_haveQ && BitConverter.DoubleToInt64Bits(q) == BitConverter.DoubleToInt64Bits(_q[s]))
            {
                continue;
            }

            _q[s] = q;
            var readers = _sectorReaders[s];
            var kept = 0;
            for (var r = 0; r < readers.Count; r++)
            {
                var read = readers[r];
                if (!IsCurrent(read.Item, read.Generation))
                {
                    continue;
                }

                if (read.IsBand && read.OrderAt(q) == read.Order)
                {
                    readers[kept++] = read;
                    continue;
                }

                Invalidate(read.Item);
            }

            readers.RemoveRange(kept, readers.Count - kept);
        }

        _haveQ = true;
    }

    private void Touch(char kind, string id)
    {
        if (_dependents.TryGetValue((kind, id), out var items))
        {
            foreach (var item in items)
            {
                Invalidate(item);
            }
        }
    }

    private void InvalidateAll()
    {
        for (var i = 0; i < _conditions.Length; i++)
        {
            Invalidate(i);
        }
    }

    private void Invalidate(int item)
    {
        if (!_open[item])
        {
            return;
        }

        _cachedFalse[item] = false;
        if (_candidate[item])
        {
            return;
        }

        _candidate[item] = true;
        if (_inPass && item <= _cursor)
        {
            _deferred.Add(item);
        }
        else
        {
            _candidates.Enqueue(item, item);
        }
    }

    private static string InjectOf(ExerciseEvent e) => e switch
    {
        InjectDue x => x.InjectId,
        InjectHeld x => x.InjectId,
        InjectSkipped x => x.InjectId,
        InjectCancelled x => x.InjectId,
        InjectExpired x => x.InjectId,
        _ => throw new ArgumentOutOfRangeException(nameof(e)),
    };
}
