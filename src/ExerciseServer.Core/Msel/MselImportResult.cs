using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Msel;

/// <summary>The scenario text an import made, the scenario it loads as, every problem found, and what each column was taken for.</summary>
public sealed record MselImportResult(string? Yaml, Scenario? Scenario, IReadOnlyList<SheetDiagnostic> Diagnostics, IReadOnlyList<string> MappingReport)
{
    public bool HasErrors => Yaml is null || Scenario is null || Diagnostics.Any(d => d.IsError);
}
