using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Engine;

/// <summary>A decision during play: when it was put to its team, and what was chosen.</summary>
public sealed class DecisionRuntime
{
    public required Decision Definition { get; init; }
    public TimeSpan? PresentedAt { get; private set; }
    public string? Chosen { get; private set; }
    public TimeSpan? DecidedAt { get; private set; }
    public bool ByDefault { get; private set; }

    // The changes below are made only by ExerciseState.Apply, which is why they are internal.
    internal void Present(TimeSpan at) => PresentedAt = at;

    internal void Decide(string option, TimeSpan at, bool byDefault)
    {
        Chosen = option;
        DecidedAt = at;
        ByDefault = byDefault;
    }
}
