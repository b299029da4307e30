namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// An inject's content for a reader. <see cref="Notes"/> and <see cref="Trigger"/> are for control only and are
/// empty for anyone else.
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
    string Status,
    TimeSpan? ReleasedAt,
    DecisionDetail? Decision,
    IReadOnlyList<string> ExpectedActions,
    bool OnDemand,
    string? Trigger,
    string? Notes,
    string? Language = null);
