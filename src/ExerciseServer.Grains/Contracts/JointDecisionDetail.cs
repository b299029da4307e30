using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// A joint decision as its teams see it: the teams, the rule (<c>all</c>, <c>majority</c>, <c>lead</c>) and lead team,
/// every vote cast so far (each team sees the others' votes), and how it resolved (null while open).
/// </summary>
public sealed record JointDecisionDetail(IReadOnlyList<string> Teams, JointRule Rule, string? Lead, IReadOnlyList<JointVoteDetail> Votes, JointResolution? Resolution);
