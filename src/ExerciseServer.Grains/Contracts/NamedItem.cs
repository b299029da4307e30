namespace ExerciseServer.Grains.Contracts;

public sealed record NamedItem(string Id, string Name, string? Language = null);
