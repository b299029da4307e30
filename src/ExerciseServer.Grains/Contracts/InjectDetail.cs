using ExerciseServer.Core.Engine.Machines;

namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// An inject's content for a reader. <see cref="Notes"/>, <see cref="Trigger"/> and <see cref="DueAt"/> are for
/// control only and are empty for anyone else. <see cref="DueAt"/> is the game time it fell or will fall due: when
/// its trigger fired, or the time on the agenda; null while nothing has scheduled it (a condition, on demand).
/// <see cref="Locations"/> are the map locations it mentions. <see cref="Media"/> names the inject's files, served at
/// <c>/api/exercises/{id}/media/{name}</c>.
/// </summary>
public sealed record InjectDetail(
    string Id,
    int Number,
    string Title,
    string Body,
    string Channel,
    string? From,
    string? Sector,
    string? Phase,
    IReadOnlyList<string> Recipients,
    InjectStatus Status,
    TimeSpan? ReleasedAt,
    DecisionDetail? Decision,
    IReadOnlyList<string> ExpectedActions,
    bool OnDemand,
    string? Trigger,
    string? Notes,
    IReadOnlyList<Core.Maps.MapFeature> Locations,
    IReadOnlyList<string> Media,
    TimeSpan? DueAt = null,
    string? Language = null);
