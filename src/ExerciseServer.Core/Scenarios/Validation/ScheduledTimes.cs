using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios.Validation;

/// <summary>
/// When each inject is scheduled, as far as the file alone says: its 'at', or the end of an 'after' chain that
/// starts at an 'at'. Injects released by conditions, decisions, contingencies or by hand have no entry.
/// </summary>
internal static class ScheduledTimes
{
    public static Dictionary<string, TimeSpan> Of(Scenario scenario, ScenarioSymbols symbols)
    {
        var known = new Dictionary<string, TimeSpan?>(StringComparer.Ordinal);
        foreach (var inject in scenario.Injects)
        {
            Resolve(inject);
        }

        return known.Where(k => k.Value is not null).ToDictionary(k => k.Key, k => k.Value!.Value, StringComparer.Ordinal);

        void Resolve(Inject start)
        {
            // Walk the chain iteratively; a cycle (reported elsewhere) or an unknown link ends it unscheduled.
            var chain = new List<Inject>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var current = start;
            TimeSpan? baseTime = null;
            while (true)
            {
                if (known.TryGetValue(current.Id, out var time))
                {
                    baseTime = time;
                    break;
                }

                if (!seen.Add(current.Id))
                {
                    break;
                }

                chain.Add(current);
                if (current.Trigger == TriggerKind.At)
                {
                    baseTime = TimeSpan.Zero;
                    break;
                }

                if (current.Trigger != TriggerKind.After || !symbols.Injects.TryGetValue(current.After!.Inject.Id, out var previous))
                {
                    break;
                }

                current = previous;
            }

            for (var i = chain.Count - 1; i >= 0; i--)
            {
                var link = chain[i];
                baseTime = baseTime is null ? null
                    : link.Trigger == TriggerKind.At ? link.At!.Value.Value
                    : baseTime + link.After!.Delay.Value;
                known.TryAdd(link.Id, baseTime);
            }
        }
    }
}
