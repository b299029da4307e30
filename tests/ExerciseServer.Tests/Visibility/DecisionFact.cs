namespace ExerciseServer.Tests.Visibility;

/// <summary>A decision: the team it belongs to and whether it has been put to that team.</summary>
public sealed record DecisionFact(string Id, string By, bool Presented);
