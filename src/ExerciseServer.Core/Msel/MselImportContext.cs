using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Msel;

/// <summary>What rows are read against: the names the scenario knows (or collects), its clock, and its injects.</summary>
public sealed record MselImportContext
{
    public required MselNames Teams { get; init; }
    public required MselNames Personas { get; init; }
    public required MselNames Phases { get; init; }
    public required MselNames Objectives { get; init; }

    /// <summary>The story's wall-clock start, which dates in the sheet are counted from; null until known.</summary>
    public DateTime? Start { get; init; }

    /// <summary>The time-zone offset a new scenario's clock is written with: the mapping's, else UTC.</summary>
    public TimeSpan StartOffset { get; init; }

    public TimeSpan OffsetUnit { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The scenario imported into; its injects give the fields the sheet has no column for.</summary>
    public Scenario? Base { get; init; }

    public static MselImportContext For(Scenario? scenario, MselMapping? mapping, DateTime? startFromSheet) => scenario is null
        ? new MselImportContext
        {
            Teams = MselNames.New(), Personas = MselNames.New(), Phases = MselNames.New(), Objectives = MselNames.New(),
            Start = mapping?.Start?.DateTime ?? startFromSheet, StartOffset = mapping?.Start?.Offset ?? TimeSpan.Zero, OffsetUnit = mapping?.OffsetUnit ?? TimeSpan.FromHours(1),
        }
        : new MselImportContext
        {
            Teams = MselNames.Known(scenario.Teams.Select(t => (t.Id, (IEnumerable<string>)[t.Name]))),
            Personas = MselNames.Known(scenario.Personas.Select(p => (p.Id, (IEnumerable<string>)[p.Name]))),
            Phases = MselNames.Known(scenario.Phases.Select(p => (p.Id, (IEnumerable<string>)[p.Title]))),
            Objectives = MselNames.Known(scenario.Objectives.Select(o => (o.Id, (IEnumerable<string>)[o.Title, o.Capability]))),
            Start = scenario.Clock.Start.DateTime, OffsetUnit = mapping?.OffsetUnit ?? TimeSpan.FromHours(1), Base = scenario,
        };
}
