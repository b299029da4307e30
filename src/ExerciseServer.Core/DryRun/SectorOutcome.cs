namespace ExerciseServer.Core.DryRun;

public sealed record SectorOutcome(string Id, string Name, double Worst, TimeSpan WorstAt, string WorstState, double Final, string FinalState);
