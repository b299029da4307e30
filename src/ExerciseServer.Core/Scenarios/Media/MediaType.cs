namespace ExerciseServer.Core.Scenarios.Media;

/// <summary>One file type an inject may carry: its extension (lower case, with the dot), content type and kind.</summary>
public sealed record MediaType(string Extension, string ContentType, MediaKind Kind);
