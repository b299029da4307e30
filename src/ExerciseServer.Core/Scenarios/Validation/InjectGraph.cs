using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios.Validation;

/// <summary>
/// The injects as a graph of what waits on what: finds the cycles that deadlock and the injects that can
/// never fire. Both run in time linear in the number of injects and links, so 10,000 injects are cheap.
/// </summary>
internal sealed class InjectGraph(IReadOnlyList<Inject> injects, IReadOnlyDictionary<string, InjectDependencies> dependencies)
{
    /// <summary>Reports every cycle of hard dependencies once; returns the injects caught in one.</summary>
    public HashSet<string> ReportCycles(DiagnosticBag diagnostics)
    {
        var inCycle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in StronglyConnectedComponents())
        {
            var isCycle = component.Count > 1 || (dependencies.TryGetValue(component[0], out var own) && (own.AllOf.Contains(component[0]) || own.AnyOf.Contains(component[0])));
            if (!isCycle)
            {
                continue;
            }

            inCycle.UnionWith(component);
            var ordered = component.Select(id => injects.First(i => i.Id == id)).OrderBy(i => i.Number).ToList();
            var path = string.Join(" → ", ordered.Select(i => i.Id).Append(ordered[0].Id));
            diagnostics.Report(DiagnosticCodes.DependencyCycle, ordered[0].Location,
                $"these injects wait on each other, so none can fire: {path}");
        }

        return inCycle;
    }

    /// <summary>The injects that can fire in some run: a fixed point from those that fire on their own.</summary>
    public HashSet<string> Fireable()
    {
        var fireable = new HashSet<string>(StringComparer.Ordinal);
        var waitingCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var dependents = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var (id, deps) in dependencies)
        {
            waitingCount[id] = deps.AllOf.Count;
            foreach (var on in deps.AllOf.Concat(deps.AnyOf))
            {
                if (!dependents.TryGetValue(on, out var list))
                {
                    dependents[on] = list = [];
                }

                list.Add(id);
            }

            if (deps.FiresOnItsOwn && deps.AllOf.Count == 0)
            {
                queue.Enqueue(id);
            }
        }

        while (queue.TryDequeue(out var id))
        {
            if (!fireable.Add(id) || !dependents.TryGetValue(id, out var waiting))
            {
                continue;
            }

            foreach (var next in waiting)
            {
                var deps = dependencies[next];
                if (deps.AllOf.Contains(id))
                {
                    waitingCount[next]--;
                }

                var allMet = waitingCount[next] == 0;
                var anyMet = deps.FiresOnItsOwn || deps.AnyOf.Count == 0 || deps.AnyOf.Contains(id) || deps.AnyOf.Any(fireable.Contains);
                if (allMet && anyMet && !fireable.Contains(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return fireable;
    }

    /// <summary>Tarjan's algorithm, iterative so a long chain of 'after' cannot overflow the stack.</summary>
    private List<List<string>> StronglyConnectedComponents()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var result = new List<List<string>>();
        var counter = 0;

        foreach (var root in dependencies.Keys)
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            var work = new Stack<(string Node, IEnumerator<string> Edges)>();
            Visit(root);
            while (work.Count > 0)
            {
                var (node, edges) = work.Peek();
                if (edges.MoveNext())
                {
                    var next = edges.Current;
                    if (!dependencies.ContainsKey(next))
                    {
                        continue;
                    }

                    if (!index.ContainsKey(next))
                    {
                        Visit(next);
                    }
                    else if (onStack.Contains(next))
                    {
                        low[node] = Math.Min(low[node], index[next]);
                    }

                    continue;
                }

                work.Pop();
                edges.Dispose();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == index[node])
                {
                    var component = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != node);
                    result.Add(component);
                }
            }

            void Visit(string node)
            {
                index[node] = low[node] = counter++;
                stack.Push(node);
                onStack.Add(node);
                var deps = dependencies[node];

                // A hard cycle needs every link to be required: 'any of' links count only when there is one choice.
                IEnumerable<string> edges = deps.AnyOf.Count == 1 && !deps.FiresOnItsOwn ? deps.AllOf.Concat(deps.AnyOf) : deps.AllOf;
                work.Push((node, edges.ToList().GetEnumerator()));
            }
        }

        return result;
    }
}
