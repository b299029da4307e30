using ExerciseServer.Core.Scenarios.Loading;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Visibility;

namespace ExerciseServer.Core.Maps;

/// <summary>
/// The scenario's locations as map features, and the part of them one reader may see. Who sees a location is not a
/// rule of its own: <see cref="VisibilityPolicy.Location"/> follows the injects that mention it.
/// </summary>
public static class IncidentMap
{
    /// <summary>Every location of the scenario, with the injects that mention it, in the file's order.</summary>
    public static IReadOnlyList<MapFeature> Of(Scenario scenario)
    {
        var mentions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var inject in scenario.Injects)
        {
            foreach (var reference in inject.Locations.DistinctBy(r => r.Id))
            {
                if (!mentions.TryGetValue(reference.Id, out var injects))
                {
                    mentions[reference.Id] = injects = [];
                }

                injects.Add(inject.Id);
            }
        }

        return [.. scenario.Locations.DistinctBy(l => l.Id).Select(l => Feature(l, mentions.GetValueOrDefault(l.Id) ?? []))];
    }

    /// <summary>The features the reader may see, each listing only the mentioning injects the reader may see.</summary>
    public static IReadOnlyList<MapFeature> Seen(ExerciseSight sight, IReadOnlyList<MapFeature> features) =>
        sight.IsControl
            ? features
            : [.. features.Where(f => VisibilityPolicy.Location(sight.Viewer, f.Injects.Select(sight.Inject)))
                .Select(f => f with { Injects = [.. f.Injects.Where(sight.SeesInject)] })];

    /// <summary>The features one inject mentions, for a reader who sees that inject.</summary>
    public static IReadOnlyList<MapFeature> OfInject(ExerciseSight sight, Inject? inject, IReadOnlyList<MapFeature> features)
    {
        if (inject is null || inject.Locations.Count == 0)
        {
            return [];
        }

        var ids = inject.Locations.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return Seen(sight, [.. features.Where(f => ids.Contains(f.Id))]);
    }

    private static MapFeature Feature(MapLocation location, IReadOnlyList<string> injects) => new(
        location.Id,
        location.Name,
        ScenarioWords.Of(location.Kind),
        location.Category,
        location.Description,
        [.. location.Positions.Select(p => (IReadOnlyList<double>)[p.Longitude, p.Latitude])],
        injects);
}
