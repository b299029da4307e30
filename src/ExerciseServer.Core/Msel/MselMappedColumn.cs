using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Msel;

/// <summary>A column a mapping file names (a header text or a letter), with where it was named, for errors.</summary>
public sealed record MselMappedColumn(string Column, SourceLocation Location);
