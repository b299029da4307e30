namespace ExerciseServer.Core.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}
