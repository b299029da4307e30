namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// The cast and set of an exercise, for labelling a screen: teams, sectors with thresholds, phases — and the role
/// briefings the viewer may read (a participant its own role's; staff every one).
/// </summary>
public sealed record ExerciseOutline(
    string Title,
    string? Summary,
    DateTimeOffset StoryStart,
    TimeSpan Duration,
    IReadOnlyList<NamedItem> Teams,
    IReadOnlyList<SectorOutline> Sectors,
    IReadOnlyList<NamedItem> Phases,
    IReadOnlyList<ObjectiveOutline> Objectives,
    IReadOnlyList<ActionOutline> ExpectedActions,
    IReadOnlyList<RoleBriefing>? Briefings = null);
