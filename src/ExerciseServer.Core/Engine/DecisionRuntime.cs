using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Engine;

/// <summary>
/// A decision during play: when it was put to its team or teams, the votes of a joint decision, and what was chosen
/// (for a joint decision, the option its rule resolved to, and how).
/// </summary>
public sealed class DecisionRuntime
{
    private readonly List<JointVote> _votes = [];

    public required Decision Definition { get; init; }
    public TimeSpan? PresentedAt { get; private set; }
    public string? Chosen { get; private set; }
    public TimeSpan? DecidedAt { get; private set; }
    public bool ByDefault { get; private set; }

    /// <summary>The votes of a joint decision in the order they were cast; empty for a decision of one team.</summary>
    public IReadOnlyList<JointVote> Votes => _votes;

    /// <summary>How a joint decision was resolved; null until then, and for a decision of one team.</summary>
    public JointResolution? Resolution { get; private set; }

    public bool IsResolved => Chosen is not null;

    public bool HasVoted(string team) => _votes.Any(v => v.Team == team);

    // The changes below are made only by ExerciseState.Apply, which is why they are internal.
    internal void Present(TimeSpan at) => PresentedAt = at;

    internal void Decide(string option, TimeSpan at, bool byDefault)
    {
        Chosen = option;
        DecidedAt = at;
        ByDefault = byDefault;
    }

    internal void RecordVote(JointVote vote) => _votes.Add(vote);

    internal void Resolve(string option, TimeSpan at, JointResolution how)
    {
        Decide(option, at, byDefault: how is JointResolution.NotAgreed or JointResolution.Deadline);
        Resolution = how;
    }
}
