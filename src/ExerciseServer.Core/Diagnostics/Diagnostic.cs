namespace ExerciseServer.Core.Diagnostics;

/// <summary>One problem found in a scenario, located so that an author can jump straight to it.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceLocation Location)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The compiler-style line editors and CI logs understand: <c>file:line:col: error CODE: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
