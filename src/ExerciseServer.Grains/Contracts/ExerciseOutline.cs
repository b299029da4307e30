namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// The cast and set of an exercise, for labelling a screen: teams, sectors with thresholds, phases. Each named item
/// says the language its words are shown in; <see cref="Languages"/> are the scenario's (main first) and
/// <see cref="Language"/> the one this reader asked for.
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
    IReadOnlyList<string> Languages,
    string Language);
