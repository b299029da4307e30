namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// The cast and set of an exercise, for labelling a screen: teams, sectors with thresholds, phases, the map
/// locations the reader may see when it asks (a team receives later ones with the injects that mention them), and
/// the role briefings the viewer may read (a participant its own role's; staff every one). Each named item says the
/// language its words are shown in; <see cref="Languages"/> are the scenario's (main first) and <see cref="Language"/>
/// the one this reader asked for. <see cref="Roles"/> are the team roles the reader may address or see (id
/// <c>team/role</c>): staff every team's, a participant its own team's. <see cref="StoryTimeZone"/> is the scenario's
/// IANA zone, null when the offset of <see cref="StoryStart"/> holds throughout.
/// </summary>
public sealed record ExerciseOutline(
    string Title,
    string? Summary,
    DateTimeOffset StoryStart,
    string? StoryTimeZone,
    TimeSpan Duration,
    IReadOnlyList<NamedItem> Teams,
    IReadOnlyList<SectorOutline> Sectors,
    IReadOnlyList<NamedItem> Phases,
    IReadOnlyList<ObjectiveOutline> Objectives,
    IReadOnlyList<ActionOutline> ExpectedActions,
    IReadOnlyList<Core.Maps.MapFeature> Locations,
    IReadOnlyList<string> Languages,
    string Language,
    IReadOnlyList<RoleBriefing>? Briefings = null,
    IReadOnlyList<NamedItem>? Roles = null);
