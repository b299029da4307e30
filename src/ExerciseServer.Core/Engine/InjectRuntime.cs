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

    private readonly SortedSet<string> _acknowledgedBy = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, IReadOnlyList<TeamResponse>> _responses = new(StringComparer.Ordinal);

    public InjectStatus Status { get; private set; } = InjectStatus.Pending;
    public TimeSpan? DueAt { get; private set; }
    public TimeSpan? ReleasedAt { get; private set; }
    public bool ReleasedByControl { get; private set; }

    /// <summary>The teams that acknowledged it (answering counts), in ordinal order.</summary>
    public IReadOnlySet<string> AcknowledgedBy => _acknowledgedBy;

    /// <summary>Each team's answers in the order given, by team in ordinal order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TeamResponse>> Responses => _responses;

    public bool IsReleased => Status is InjectStatus.Released or InjectStatus.Acknowledged or InjectStatus.Responded or InjectStatus.Expired;

    /// <summary>Not yet released and still able to be: pending, held, or held and due.</summary>
    public bool IsWaiting => Status is InjectStatus.Pending or InjectStatus.Held or InjectStatus.Due;

    // The changes below are made only by ExerciseState.Apply, which is why they are internal.
    internal void MoveTo(InjectStatus status) => Status = status;

    internal void MarkDue(TimeSpan at) => DueAt = at;

    internal void MarkReleased(TimeSpan at, bool byControl)
    {
        ReleasedAt = at;
        ReleasedByControl = byControl;
    }

    internal void Acknowledge(string team) => _acknowledgedBy.Add(team);

    internal void AddResponse(string team, TeamResponse response) =>
        _responses[team] = _responses.TryGetValue(team, out var earlier) ? [.. earlier, response] : [response];
}
