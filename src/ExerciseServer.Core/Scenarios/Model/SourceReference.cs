namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>A public source the story draws on, so trainers can brief from facts.</summary>
public sealed record SourceReference(string Title, string? Url, string? Date);
