using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Engine;

/// <summary>A decision during play: when it was put to its team, and what was chosen.</summary>
public sealed class DecisionRuntime
{
    public required Decision Definition { get; init; }
    public TimeSpan? PresentedAt { get; set; }
    public string? Chosen { get; set; }
    public TimeSpan? DecidedAt { get; set; }
    public bool ByDefault { get; set; }
}
