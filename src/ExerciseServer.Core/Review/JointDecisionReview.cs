using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Review;

/// <summary>
/// How a joint decision was played: its teams and rule (<c>all</c>, <c>majority</c> or <c>lead</c>, with the lead
/// team), every vote in the order cast, and how it resolved (<c>agreed</c>, <c>majority</c>, <c>lead</c>,
/// <c>not-agreed</c>, <c>deadline</c>; null while open).
/// </summary>
public sealed record JointDecisionReview(
    IReadOnlyList<string> Teams,
    JointRule Rule,
    string? Lead,
    IReadOnlyList<JointVoteReview> Votes,
    JointResolution? Resolution);
