using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios;

/// <summary>The outcome of loading one scenario file: the model when it could be read, and every problem found.</summary>
public sealed record ScenarioLoadResult(string File, Scenario? Scenario, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Scenario is null || Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>A scenario fit to run: read and free of errors.</summary>
    public bool IsPlayable => !HasErrors;
}
