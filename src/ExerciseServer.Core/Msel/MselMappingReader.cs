using System.Globalization;
using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Msel;

/// <summary>
/// Reads a mapping file:
/// <code>
/// header_row: 3
/// offset_unit: 1h
/// start: 2027-01-18T06:00:00+02:00
/// columns: { time: Timeline, to: Teams, subject: Subject, description: Content, expected_actions: Expectation }
/// </code>
/// </summary>
public static class MselMappingReader
{
    public static (MselMapping? Mapping, IReadOnlyList<Diagnostic> Diagnostics) Read(string file, string text)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlDocumentReader.Read(file, text, diagnostics);
        if (root is not YamlMapping mapping)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Report(MselCodes.BadMapping, SourceLocation.StartOf(file), "a mapping file is a YAML mapping with 'columns:' and optionally 'header_row', 'offset_unit' and 'start'");
            }

            return (null, diagnostics.ToSortedList());
        }

        var result = new MselMapping();
        var columns = new Dictionary<MselField, MselMappedColumn>();
        foreach (var (key, value) in mapping.Entries)
        {
            var scalar = value as YamlScalar;
            switch (key.Value)
            {
                case "header_row" when scalar is not null && int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row >= 1:
                    result = result with { HeaderRow = row };
                    break;
                case "offset_unit" when scalar is not null && DurationFormat.TryParse(scalar.Value, out var unit) == DurationParseResult.Ok && unit > TimeSpan.Zero:
                    result = result with { OffsetUnit = unit };
                    break;
                case "start" when scalar is not null && DateTimeOffset.TryParse(scalar.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) && scalar.Value.Contains('T', StringComparison.Ordinal):
                    result = result with { Start = start };
                    break;
                case "columns" when value is YamlMapping fields:
                    foreach (var (fieldKey, column) in fields.Entries)
                    {
                        if (MselColumns.FromKey(fieldKey.Value) is not { } field)
                        {
                            diagnostics.Report(MselCodes.BadMapping, fieldKey.Start,
                                $"'{fieldKey.Value}' is not an MSEL field{DidYouMean.Hint(fieldKey.Value, MselColumns.ExportOrder.Select(MselColumns.Key))}");
                        }
                        else if (column is YamlScalar { Value.Length: > 0 } name)
                        {
                            columns[field] = new MselMappedColumn(name.Value, name.Start);
                        }
                        else
                        {
                            diagnostics.Report(MselCodes.BadMapping, column.Start, $"'{fieldKey.Value}' needs a header text or a column letter");
                        }
                    }

                    break;
                case "header_row" or "offset_unit" or "start" or "columns":
                    diagnostics.Report(MselCodes.BadMapping, value.Start, key.Value switch
                    {
                        "header_row" => "'header_row' is the 1-based number of the row that holds the headers",
                        "offset_unit" => "'offset_unit' is a positive duration such as 1h or 1m",
                        "start" => "'start' is an ISO-8601 date and time with an offset, such as 2027-01-18T06:00:00+02:00",
                        _ => "'columns' maps fields to headers: { subject: Subject, to: Teams }",
                    });
                    break;
                default:
                    diagnostics.Report(MselCodes.BadMapping, key.Start,
                        $"unknown key '{key.Value}'{DidYouMean.Hint(key.Value, ["header_row", "offset_unit", "start", "columns"])}");
                    break;
            }
        }

        return (diagnostics.HasErrors ? null : result with { Columns = columns }, diagnostics.ToSortedList());
    }
}
