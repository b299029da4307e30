namespace ExerciseServer.Core.Diagnostics;

/// <summary>What a diagnostic code means; the catalog of these is the authoring guide's error table.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title)
{
    public Diagnostic At(SourceLocation location, string message) => new(Severity, Code, message, location);
}
