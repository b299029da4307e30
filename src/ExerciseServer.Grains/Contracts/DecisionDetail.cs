namespace ExerciseServer.Grains.Contracts;

public sealed record DecisionDetail(string Id, string Title, string? Description, string By, TimeSpan? Within, IReadOnlyList<OptionDetail> Options, string? Chosen, string? Language = null);
