using ExerciseServer.Reports;

namespace ExerciseServer.Tests.Reports;

/// <summary>
/// One text that a player, an evaluator or control writes during play, the markup put into it, and the report
/// formats it appears in. <see cref="Stored"/> is the text as the event log keeps it (a name with its role).
/// </summary>
public sealed record PlayerField(string Name, string Tag, string Payload, string Stored, IReadOnlySet<ReportFormat> AppearsIn)
{
    public override string ToString() => Name;
}
