using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>The story's calendar: when it starts, how fast it runs by default, how long it lasts.</summary>
public sealed record ScenarioClock
{
    /// <summary>The game time at which the exercise starts (offset zero).</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>Game minutes per real minute; 1 is real time.</summary>
    public double Speed { get; init; } = 1;

    /// <summary>The planned game length; every offset and deadline must fit inside it.</summary>
    public required TimeSpan Duration { get; init; }

    public SourceLocation DurationLocation { get; init; }

    /// <summary>The IANA zone (<c>Europe/Helsinki</c>) that labels story times; null: the offset of <see cref="Start"/>.</summary>
    public string? TimeZoneId { get; init; }
}
