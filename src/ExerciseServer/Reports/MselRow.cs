namespace ExerciseServer.Reports;

/// <summary>
/// One line of the MSEL-style table: one inject as one recipient team saw it (<see cref="To"/> is empty for an
/// inject without recipient teams). <see cref="GameTime"/> is the release time, else the scheduled time.
/// <see cref="Status"/> is the team's: answered or acknowledged, else the inject's own (released, expired, pending…).
/// </summary>
public sealed record MselRow(
    int Number,
    TimeSpan? GameTime,
    string From,
    string To,
    string Channel,
    string Subject,
    IReadOnlyList<string> ExpectedActions,
    IReadOnlyList<string> Responses,
    TimeSpan? ResponseTime,
    string Status);
