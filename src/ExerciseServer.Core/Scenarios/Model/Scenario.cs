using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>One exercise design, as a trainer wrote it in a scenario file.</summary>
public sealed record Scenario
{
    /// <summary>The only scenario format version this server reads.</summary>
    public const int CurrentSchemaVersion = 1;

    public required string File { get; init; }
    public required int SchemaVersion { get; init; }
    public required string Id { get; init; }
    public required SourceLocation Location { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<SourceReference> Sources { get; init; } = [];

    /// <summary>The languages texts are written in; the first is the one titles and bodies use.</summary>
    public IReadOnlyList<Located<string>> Languages { get; init; } = [];

    public required ScenarioClock Clock { get; init; }
    public IReadOnlyList<Sector> Sectors { get; init; } = [];
    public IReadOnlyList<Actor> Actors { get; init; } = [];
    public IReadOnlyList<Team> Teams { get; init; } = [];
    public IReadOnlyList<Persona> Personas { get; init; } = [];
    public IReadOnlyList<Objective> Objectives { get; init; } = [];
    public IReadOnlyList<Phase> Phases { get; init; } = [];
    public IReadOnlyList<Inject> Injects { get; init; } = [];
    public IReadOnlyList<Decision> Decisions { get; init; } = [];
    public EndConditions End { get; init; } = new();
    public IReadOnlyList<HotWashQuestion> HotWash { get; init; } = [];

    /// <summary>Places for the incident map, referred to by injects and sectors.</summary>
    public IReadOnlyList<MapLocation> Locations { get; init; } = [];

    /// <summary>Where the <c>sectors</c> list starts, for problems of the sector model as a whole.</summary>
    public SourceLocation SectorsLocation { get; init; }
}
