using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Msel;

/// <summary>
/// One problem found while importing a sheet, in the house style <c>place: error CODE: message</c>. The place is a
/// sheet cell, or a <c>file:line:col</c> for a problem of the scenario the sheet is imported into. Row is the
/// sheet row when the place is a cell.
/// </summary>
public sealed record SheetDiagnostic(DiagnosticSeverity Severity, string Code, string Message, string Location, int? Row = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static SheetDiagnostic At(DiagnosticDescriptor descriptor, SheetCell cell, string message) =>
        new(descriptor.Severity, descriptor.Code, message, cell.ToString(), cell.Row);

    public static SheetDiagnostic From(Diagnostic diagnostic, string location, int? row = null) =>
        new(diagnostic.Severity, diagnostic.Code, diagnostic.Message, location, row);

    public override string ToString() => $"{Location}: {(IsError ? "error" : "warning")} {Code}: {Message}";
}
