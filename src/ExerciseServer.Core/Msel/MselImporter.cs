using System.Globalization;
using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Writing;

namespace ExerciseServer.Core.Msel;

/// <summary>
/// Turns an MSEL sheet into scenario YAML: into an existing scenario (its injects replaced by the sheet's rows,
/// every other line kept) or into a new one whose teams, personas, phases and objectives are the names the sheet
/// uses. The result is loaded with the scenario loader, and its findings are moved back onto the sheet's cells,
/// so every problem is reported in one run where the trainer wrote it.
/// </summary>
public static class MselImporter
{
    /// <param name="sheet">The rows read from the file.</param>
    /// <param name="outputFile">The YAML file being written, for the scenario's own locations.</param>
    /// <param name="into">The existing scenario's file name and text, or null for a new scenario.</param>
    /// <param name="mapping">Where the columns are, when the headers do not say.</param>
    public static MselImportResult Import(MselSheet sheet, string outputFile, (string File, string Text)? into = null, MselMapping? mapping = null)
    {
        var diagnostics = new List<SheetDiagnostic>();
        Scenario? target = null;
        if (into is { } existing)
        {
            var loaded = ScenarioLoader.Load(existing.File, existing.Text);
            if (loaded.Scenario is null)
            {
                return new MselImportResult(null, null, [.. loaded.Diagnostics.Select(d => SheetDiagnostic.From(d, d.Location.ToString()))], []);
            }

            target = loaded.Scenario;
        }

        var map = MselColumnMapper.Map(sheet, mapping, diagnostics);
        if (map is null)
        {
            return new MselImportResult(null, null, diagnostics, []);
        }

        var rows = sheet.Rows.Where(r => r.Number > map.HeaderRow && map.Columns.Where(c => c.Key != MselField.Number).Any(c => r[c.Value] is { IsBlank: false })).ToList();
        var context = MselImportContext.For(target, mapping, target is null ? EarliestDate(rows, map) : null);
        var yaml = new YamlLines();
        yaml.Add("injects:", null);
        var translator = new MselRowTranslator(sheet, map, context, diagnostics);
        var offsets = new List<(TimeSpan? Offset, string? Phase)>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0)
            {
                yaml.Add("", null);
            }

            var first = yaml.Count;
            var offset = translator.Write(rows[i], i + 1, yaml);
            offsets.Add((offset, yaml.Lines.Skip(first).FirstOrDefault(l => l.StartsWith("    phase: ", StringComparison.Ordinal))?[11..]));
        }

        var (text, firstLine, shift) = into is { } baseFile
            ? Splice(outputFile, baseFile.Text, yaml)
            : NewScenario(outputFile, context, offsets, yaml);
        var result = ScenarioLoader.Load(outputFile, text);
        var rowsWithProblems = diagnostics.Where(d => d.IsError && d.Row is not null).Select(d => d.Row!.Value).ToHashSet();
        foreach (var diagnostic in result.Diagnostics)
        {
            var line = diagnostic.Location.Line - 1;
            if (diagnostic.Location.File != outputFile)
            {
                diagnostics.Add(SheetDiagnostic.From(diagnostic, diagnostic.Location.ToString()));
            }
            else if (yaml.CellOf(line - firstLine) is { } cell)
            {
                // A row that already has a sheet problem gets no second report for the same cause.
                if (!rowsWithProblems.Contains(cell.Row))
                {
                    diagnostics.Add(SheetDiagnostic.From(diagnostic, cell.ToString(), cell.Row));
                }
            }
            else
            {
                // The rest of an existing scenario: reported on the lines of the file it came from.
                var location = into is { } original
                    ? diagnostic.Location with { File = original.File, Line = line >= firstLine + yaml.Count ? diagnostic.Location.Line - shift : diagnostic.Location.Line }
                    : diagnostic.Location;
                diagnostics.Add(SheetDiagnostic.From(diagnostic, location.ToString()));
            }
        }

        return new MselImportResult(text, result.Scenario, diagnostics, map.Report);
    }

    private static (string Text, int FirstLine, int Shift) Splice(string outputFile, string text, YamlLines yaml)
    {
        var spliced = ScenarioInjectsSplice.Replace(outputFile, text, yaml.Lines);
        return (spliced.Text, spliced.FirstLine, spliced.Shift);
    }

    private static (string Text, int FirstLine, int Shift) NewScenario(string outputFile, MselImportContext context, IReadOnlyList<(TimeSpan? Offset, string? Phase)> offsets, YamlLines yaml)
    {
        var head = NewScenarioHead(outputFile, context, offsets);
        return (string.Join('\n', head.Concat(yaml.Lines)) + "\n", head.Count, 0);
    }

    private static DateTime? EarliestDate(IReadOnlyList<MselRow> rows, MselColumnMap map) =>
        map.ColumnOf(MselField.Time) is { } column
            ? rows.Select(r => r[column] is { IsBlank: false } cell ? MselTimeCell.Read(cell, TimeSpan.FromHours(1)).Wall : null)
                .Where(d => d is not null).Min() is { } earliest ? earliest.Date.AddHours(earliest.Hour) : null
            : null;

    /// <summary>The head of a new scenario: its clock, and the teams, personas, objectives and phases the sheet named.</summary>
    private static IReadOnlyList<string> NewScenarioHead(string outputFile, MselImportContext context, IReadOnlyList<(TimeSpan? Offset, string? Phase)> offsets)
    {
        var name = Path.GetFileNameWithoutExtension(outputFile);
        var last = offsets.Select(o => o.Offset ?? TimeSpan.Zero).DefaultIfEmpty(TimeSpan.Zero).Max();
        var start = context.Start ?? new DateTime(2000, 1, 1, 9, 0, 0);
        var lines = new List<string>
        {
            "# Made by 'msel import' from a spreadsheet. Check the clock's start and its time-zone offset, and give",
            "# the teams the sectors they see.",
            "schema: 1",
            $"id: {YamlText.Word(MselNames.Slug(name))}",
            $"title: {YamlText.Quoted(name)}",
            "clock:",
            $"  start: {new DateTimeOffset(start, context.StartOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}",
            $"  duration: {YamlText.Duration(TimeSpan.FromHours(Math.Ceiling(last.TotalHours + 1)))}",
        };
        Items(lines, "teams", context.Teams, "name");
        Items(lines, "personas", context.Personas, "name");
        if (context.Objectives.Created.Count > 0)
        {
            lines.Add("objectives:");
            foreach (var (id, title) in context.Objectives.Created)
            {
                lines.AddRange([$"  - id: {YamlText.Word(id)}", $"    title: {YamlText.Quoted(title)}", $"    capability: {YamlText.Quoted(title)}"]);
            }
        }

        if (context.Phases.Created.Count > 0)
        {
            lines.Add("phases:");
            foreach (var (id, title) in context.Phases.Created)
            {
                var starts = offsets.Where(o => o.Phase == id && o.Offset is not null).Select(o => o.Offset!.Value).DefaultIfEmpty(TimeSpan.Zero).Min();
                lines.AddRange([$"  - id: {YamlText.Word(id)}", $"    title: {YamlText.Quoted(title)}", $"    starts: {YamlText.Duration(starts)}"]);
            }
        }

        return lines;
    }

    private static void Items(List<string> lines, string key, MselNames names, string nameKey)
    {
        if (names.Created.Count == 0)
        {
            return;
        }

        lines.Add($"{key}:");
        foreach (var (id, name) in names.Created)
        {
            lines.AddRange([$"  - id: {YamlText.Word(id)}", $"    {nameKey}: {YamlText.Quoted(name)}"]);
        }
    }
}
