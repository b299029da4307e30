using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Engine;

/// <summary>One inject during play: its status and what each recipient team has done with it.</summary>
public sealed class InjectRuntime
{
    public required string Id { get; init; }
    public required int Number { get; init; }
    public required string Title { get; init; }

    /// <summary>The scenario's inject, or null for an inject control wrote during play.</summary>
    public Inject? Definition { get; init; }

    /// <summary>The teams it goes to (every team when addressed to all players).</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    public required EventAudience Audience { get; init; }

    /// <summary>For an inject written during play: its channel word and Markdown body.</summary>
    public string? Channel { get; init; }

    public string? Body { get; init; }

    public InjectStatus Status { get; set; } = InjectStatus.Pending;
    public TimeSpan? DueAt { get; set; }
    public TimeSpan? ReleasedAt { get; set; }
    public bool ReleasedByControl { get; set; }
    public SortedSet<string> AcknowledgedBy { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, List<TeamResponse>> Responses { get; } = new(StringComparer.Ordinal);

    public bool IsReleased => Status is InjectStatus.Released or InjectStatus.Acknowledged or InjectStatus.Responded or InjectStatus.Expired;

    /// <summary>Not yet released and still able to be: pending, held, or held and due.</summary>
    public bool IsWaiting => Status is InjectStatus.Pending or InjectStatus.Held or InjectStatus.Due;
}
