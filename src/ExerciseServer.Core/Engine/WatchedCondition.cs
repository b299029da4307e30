using ExerciseServer.Core.Scenarios.Conditions;

namespace ExerciseServer.Core.Engine;

/// <summary>
/// One condition as a <see cref="ConditionWatch"/> holds it: its tree with, for each part, what kind of thing it
/// reads (facts, the clock, sector values, or anything), so an evaluation can say how long a false answer holds
/// (<see cref="Evaluate"/>) and which facts can change it (<see cref="FactKeys"/>).
/// </summary>
internal sealed class WatchedCondition
{
    // What a part reads, steadiest first: and/or read the steadier side first.
    private const int Facts = 0;
    private const int Clock = 1;
    private const int Sectors = 2;
    private const int Always = 3;

    private readonly Node _root;
    private readonly IReadOnlyList<string> _sectors;

    /// <param name="expression">The condition.</param>
    /// <param name="sectors">The scenario's sector ids, in model order.</param>
    /// <param name="sectorIndex">Each sector id's place in <paramref name="sectors"/>.</param>
    public WatchedCondition(ConditionExpression expression, IReadOnlyList<string> sectors, IReadOnlyDictionary<string, int> sectorIndex)
    {
        _sectors = sectors;
        _root = Compile(expression, sectorIndex);
        FactKeys = [.. FactsOf(expression).Distinct()];
    }

    /// <summary>Every fact the condition can read, once each, as (kind, id): i inject, d decision, a action, s sector state, r team resources.</summary>
    public IReadOnlyList<(char Kind, string Id)> FactKeys { get; }

    /// <summary>
    /// The condition's answer in <paramref name="context"/>. <paramref name="reads"/> gets the sector values it read;
    /// <paramref name="holdsBelow"/> is the game-time ticks before which the clock cannot change the answer, and
    /// <paramref name="always"/> says it read something whose changes are not tracked.
    /// </summary>
    public bool Evaluate(IConditionContext context, List<SectorRead> reads, out long holdsBelow, out bool always)
    {
        var reading = new Reading(context.Time.Ticks);
        var result = Evaluate(_root, context, ref reading, reads);
        holdsBelow = reading.Below;
        always = reading.Always;
        return result;
    }

    private bool Evaluate(Node node, IConditionContext context, ref Reading reading, List<SectorRead> reads)
    {
        switch (node.Kind)
        {
            case NodeKind.And:
            case NodeKind.Or:
                // Both sides are pure: the answer is the same whichever is read first, so read the steadier one first.
                var (first, second) = node.Right!.Rank < node.Left!.Rank ? (node.Right, node.Left) : (node.Left, node.Right);
                var decides = node.Kind == NodeKind.Or;
                return Evaluate(first, context, ref reading, reads) == decides ? decides : Evaluate(second, context, ref reading, reads);
            case NodeKind.Not:
                return !Evaluate(node.Left!, context, ref reading, reads);
            default:
                foreach (var boundary in node.TimeBoundaries)
                {
                    reading.Narrow(boundary);
                }

                reading.Always |= node.Rank == Always;
                if (node.Band is { } band)
                {
                    reads.Add(band with { Order = band.OrderAt(context.Inoperability(_sectors[band.Sector])) });
                }
                else
                {
                    foreach (var sector in node.Sectors)
                    {
                        reads.Add(new SectorRead(sector, IsBand: false, 0, Reversed: false));
                    }
                }

                return ConditionEvaluator.IsTrue(node.Leaf!, context);
        }
    }

    private static Node Compile(ConditionExpression expression, IReadOnlyDictionary<string, int> sectorIndex)
    {
        switch (expression)
        {
            case LogicalExpression logical:
                var left = Compile(logical.Left, sectorIndex);
                var right = Compile(logical.Right, sectorIndex);
                return new Node(logical.Operator == LogicalOperator.And ? NodeKind.And : NodeKind.Or, left, right, null, Math.Max(left.Rank, right.Rank), [], [], null);
            case NotExpression not:
                var operand = Compile(not.Operand, sectorIndex);
                return new Node(NodeKind.Not, operand, null, null, operand.Rank, [], [], null);
            default:
                var boundaries = new List<long>();
                var sectors = new List<int>();
                var rank = Facts;
                Scan(expression, null);
                return new Node(NodeKind.Leaf, null, null, expression, rank, [.. boundaries.Distinct()], [.. sectors.Distinct()], rank == Sectors ? BandOf(expression, sectorIndex) : null);

                void Scan(ConditionExpression e, ConditionExpression? parent)
                {
                    switch (e)
                    {
                        case GameTimeExpression:
                            if (parent is ComparisonExpression { Left: var l, Right: var r } && ((l, r) is (GameTimeExpression, DurationLiteral) || (l, r) is (DurationLiteral, GameTimeExpression)))
                            {
                                boundaries.Add((l as DurationLiteral ?? (DurationLiteral)r).Value.Ticks);
                                rank = Math.Max(rank, Clock);
                            }
                            else if (parent is not ComparisonExpression { Left: GameTimeExpression, Right: GameTimeExpression })
                            {
                                rank = Always;
                            }

                            break;
                        case CallExpression { Name: "inoperability" } call:
                            if (call.Arguments.Count > 0 && sectorIndex.TryGetValue(call.Arguments[0].Id, out var sector))
                            {
                                sectors.Add(sector);
                                rank = Math.Max(rank, Sectors);
                            }
                            else
                            {
                                rank = Always;
                            }

                            break;
                        case CallExpression call when FactOf(call) is null:
                            rank = Always;
                            break;
                        case ComparisonExpression comparison:
                            Scan(comparison.Left, comparison);
                            Scan(comparison.Right, comparison);
                            break;
                        case LogicalExpression logical:
                            Scan(logical.Left, logical);
                            Scan(logical.Right, logical);
                            break;
                        case NotExpression not:
                            Scan(not.Operand, not);
                            break;
                    }
                }
        }
    }

    /// <summary><c>inoperability(s) OP n</c> or <c>n OP inoperability(s)</c>, whose answer follows how the two numbers compare.</summary>
    private static SectorRead? BandOf(ConditionExpression expression, IReadOnlyDictionary<string, int> sectorIndex) => expression switch
    {
        ComparisonExpression { Left: CallExpression { Name: "inoperability" } call, Right: NumberLiteral number } when sectorIndex.TryGetValue(call.Arguments[0].Id, out var sector) =>
            new SectorRead(sector, IsBand: true, number.Value, Reversed: false),
        ComparisonExpression { Left: NumberLiteral number, Right: CallExpression { Name: "inoperability" } call } when sectorIndex.TryGetValue(call.Arguments[0].Id, out var sector) =>
            new SectorRead(sector, IsBand: true, number.Value, Reversed: true),
        _ => null,
    };

    /// <summary>Every fact a condition can read, as (kind, id): i inject, d decision, a action, s sector state, r team resources.</summary>
    private static IEnumerable<(char Kind, string Id)> FactsOf(ConditionExpression expression)
    {
        switch (expression)
        {
            case CallExpression call when FactOf(call) is { } fact:
                yield return fact;
                break;
            case ComparisonExpression comparison:
                foreach (var fact in FactsOf(comparison.Left).Concat(FactsOf(comparison.Right)))
                {
                    yield return fact;
                }

                break;
            case LogicalExpression logical:
                foreach (var fact in FactsOf(logical.Left).Concat(FactsOf(logical.Right)))
                {
                    yield return fact;
                }

                break;
            case NotExpression not:
                foreach (var fact in FactsOf(not.Operand))
                {
                    yield return fact;
                }

                break;
        }
    }

    private static (char Kind, string Id)? FactOf(CallExpression call)
    {
        if (call.Arguments.Count == 0)
        {
            return null;
        }

        var id = call.Arguments[0].Id;
        return call.Name switch
        {
            "released" or "acknowledged" or "responded" => ('i', id),
            "decided" or "chosen" => ('d', id),
            "met" or "missed" => ('a', id),
            "state" => ('s', id),
            "resource" => ('r', id),
            _ => null,
        };
    }

    private enum NodeKind
    {
        Leaf,
        And,
        Or,
        Not,
    }

    /// <summary>A condition's tree with, for each part, what kind of thing it reads (<see cref="Rank"/>).</summary>
    private sealed record Node(NodeKind Kind, Node? Left, Node? Right, ConditionExpression? Leaf, int Rank, long[] TimeBoundaries, int[] Sectors, SectorRead? Band);

    /// <summary>What one evaluation read: the game-time ticks its answer holds below, and anything unknown.</summary>
    private struct Reading(long ticks)
    {
        public long Below = long.MaxValue;
        public bool Always;

        /// <summary>time against D answers alike before D, at D and after D.</summary>
        public void Narrow(long boundary)
        {
            var below = ticks < boundary ? boundary : ticks == boundary ? boundary + 1 : long.MaxValue;
            if (below < Below)
            {
                Below = below;
            }
        }
    }
}
