namespace ExerciseServer.Core.Diagnostics;

/// <summary>
/// Codes for problems in an MSEL spreadsheet being imported (MS2xx). They are located at a sheet cell
/// (<c>msel.xlsx:MSEL!D12</c>); problems the scenario validator finds in an imported row keep their ES code and
/// are moved to the cell the offending value came from.
/// </summary>
public static class MselCodes
{
    private static DiagnosticDescriptor Error(string code, string title) => new(code, DiagnosticSeverity.Error, title);

    public static readonly DiagnosticDescriptor UnreadableSheet = Error("MS200", "The file is not a spreadsheet this server reads (XLSX or CSV)");
    public static readonly DiagnosticDescriptor NoHeaderRow = Error("MS201", "No header row with the MSEL's columns, and no mapping saying where they are");
    public static readonly DiagnosticDescriptor MissingSubject = Error("MS202", "An inject row with no subject");
    public static readonly DiagnosticDescriptor UnknownTeam = Error("MS203", "A To cell names a team the scenario does not have");
    public static readonly DiagnosticDescriptor BadTime = Error("MS204", "A story date/time that is neither a date nor an offset such as T+2, D+1 H+3 or 1h30m");
    public static readonly DiagnosticDescriptor TimeBeforeStart = Error("MS205", "A story date/time before the exercise starts");
    public static readonly DiagnosticDescriptor UnknownChannel = Error("MS206", "A channel that is not email, news, social, phone, sitrep, sector alert or briefing");
    public static readonly DiagnosticDescriptor UnknownPhase = Error("MS207", "A phase the scenario does not have");
    public static readonly DiagnosticDescriptor UnknownSender = Error("MS208", "A From cell names a persona the scenario does not have");
    public static readonly DiagnosticDescriptor BadTrigger = Error("MS209", "A trigger that is not 'after <inject> + <delay>', 'when <condition>', 'on demand' or 'contingency for <action>'");
    public static readonly DiagnosticDescriptor ActionWithoutDeadline = Error("MS210", "An expected action written as text without 'within <duration>'");
    public static readonly DiagnosticDescriptor UnknownObjective = Error("MS211", "An objective the scenario does not have");
    public static readonly DiagnosticDescriptor BadMapping = Error("MS212", "A column mapping that names an unknown field or a column the sheet does not have");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        UnreadableSheet, NoHeaderRow, MissingSubject, UnknownTeam, BadTime, TimeBeforeStart, UnknownChannel, UnknownPhase,
        UnknownSender, BadTrigger, ActionWithoutDeadline, UnknownObjective, BadMapping,
    ];
}
