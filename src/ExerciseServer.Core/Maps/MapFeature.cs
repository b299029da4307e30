namespace ExerciseServer.Core.Maps;

/// <summary>
/// A scenario location as readers receive it, GeoJSON-like: <see cref="Kind"/> is point, line or area and
/// <see cref="Coordinates"/> the [longitude, latitude] pairs (an area's ring closed). <see cref="Injects"/> are the
/// injects that mention it, only those the reader may see.
/// </summary>
public sealed record MapFeature(
    string Id,
    string Name,
    string Kind,
    string? Category,
    string? Description,
    IReadOnlyList<IReadOnlyList<double>> Coordinates,
    IReadOnlyList<string> Injects);
