namespace ExerciseServer.Grains.Contracts;

public sealed record OptionDetail(string Id, string Title, string? Description, string? Language = null);
