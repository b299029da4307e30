using ExerciseServer.Core.Msel;

namespace ExerciseServer.Scenarios;

/// <summary>What became of an upload: the HTTP status to answer, a title, the scenario added, and every problem found.</summary>
public sealed record ScenarioUploadOutcome(int Status, string Title, string? ScenarioId, string? File, IReadOnlyList<SheetDiagnostic> Problems);
