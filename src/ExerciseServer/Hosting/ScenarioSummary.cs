namespace ExerciseServer.Hosting;

/// <summary>
/// One file of the scenario library as <c>GET /api/scenarios</c> lists it: whether it can be played, how many errors
/// and warnings it has, and its size. A file that does not load has no id or title.
/// </summary>
public sealed record ScenarioSummary(
    string? Id, string? Title, string? Summary, string File, bool Playable, int Errors, int Warnings, int Teams, int Injects, string? Duration);
