namespace ExerciseServer.Security;

/// <summary>The language to read an exercise in, such as "fi"; null or empty for the scenario's main language.</summary>
public sealed record LanguageBody(string? Language);
