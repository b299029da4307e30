namespace ExerciseServer.Tests.Visibility;

/// <summary>
/// A decision: the team it is filed under, the teams it is put to (that one team, or every team of a joint
/// decision) and whether it has been put to them.
/// </summary>
public sealed record DecisionFact(string Id, string By, bool Presented, IReadOnlyList<string> Parties);
