using System.Text.RegularExpressions;
using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Writing;

namespace ExerciseServer.Core.Msel;

/// <summary>
/// Writes one MSEL row as an inject in YAML, each line tagged with its cell. Names are turned into ids and times
/// into offsets here; everything else (ids valid, references resolve, conditions parse) is left to the scenario
/// validator, whose findings the importer moves back onto these cells.
/// </summary>
public sealed partial class MselRowTranslator(MselSheet sheet, MselColumnMap map, MselImportContext context, ICollection<SheetDiagnostic> diagnostics)
{
    /// <summary>How long a subject taken from a message may be.</summary>
    public const int SubjectLength = 80;

    /// <summary>Writes the inject; returns its offset from the start when the row gives a time.</summary>
    public TimeSpan? Write(MselRow row, int ordinal, YamlLines yaml)
    {
        var id = Text(row, MselField.Id)?.Trim() ?? $"inject-{ordinal:000}";
        var baseInject = context.Base?.Injects.FirstOrDefault(i => i.Id == id);
        string? Field(MselField field) => map.ColumnOf(field) is null && baseInject is not null
            ? MselExporter.Cell(context.Base!, baseInject, field)?.Text
            : Text(row, field);
        SheetCell CellOf(MselField field) => sheet.Cell(map.ColumnOf(field) ?? 1, row.Number);

        yaml.Add($"  - id: {YamlText.Word(id)}", CellOf(MselField.Id));
        Reference(Field(MselField.Phase), "phase", context.Phases, MselCodes.UnknownPhase, CellOf(MselField.Phase), yaml);
        var offset = Time(row, baseInject, CellOf(MselField.Time), yaml);
        if (Field(MselField.Trigger) is { } trigger)
        {
            Trigger(trigger, CellOf(MselField.Trigger), yaml);
        }

        To(Field(MselField.To), CellOf(MselField.To), yaml);
        if (Field(MselField.Channel) is { } channel)
        {
            Channel(channel, CellOf(MselField.Channel), yaml);
        }

        Reference(Field(MselField.From), "from", context.Personas, MselCodes.UnknownSender, CellOf(MselField.From), yaml);
        if ((Field(MselField.Subject) ?? SubjectFromMessage(Field(MselField.Description))) is { } subject)
        {
            AddText(yaml, "title", subject, CellOf(MselField.Subject));
        }
        else
        {
            diagnostics.Add(SheetDiagnostic.At(MselCodes.MissingSubject, CellOf(MselField.Subject), $"inject '{id}' has no subject; every inject needs one for the players to read"));
        }

        if (Field(MselField.Description) is { } body)
        {
            AddText(yaml, "body", body, CellOf(MselField.Description));
        }

        Block(Field(MselField.Translations), "translations", CellOf(MselField.Translations), yaml);
        Word(Field(MselField.Sector), "sector", CellOf(MselField.Sector), yaml);
        Block(Field(MselField.Effects), "effects", CellOf(MselField.Effects), yaml);
        ExpectedActions(id, Field(MselField.ExpectedActions), CellOf(MselField.ExpectedActions), yaml);
        Word(Field(MselField.Decision), "decision", CellOf(MselField.Decision), yaml);
        Objectives(Field(MselField.Objectives), CellOf(MselField.Objectives), yaml);
        if (Field(MselField.Notes) is { } notes)
        {
            AddText(yaml, "notes", notes, CellOf(MselField.Notes));
        }

        return offset;
    }

    private TimeSpan? Time(MselRow row, Inject? baseInject, SheetCell cell, YamlLines yaml)
    {
        TimeSpan? offset = null;
        if (map.ColumnOf(MselField.Time) is { } column)
        {
            if (row[column] is { IsBlank: false } value)
            {
                var (wall, relative, problem) = MselTimeCell.Read(value, context.OffsetUnit);
                if (problem is not null)
                {
                    diagnostics.Add(SheetDiagnostic.At(MselCodes.BadTime, cell, problem));
                }
                else if (wall is { } date && context.Start is { } start)
                {
                    offset = TimeSpan.FromMilliseconds(Math.Round((date - start).TotalMilliseconds));
                    if (offset < TimeSpan.Zero)
                    {
                        diagnostics.Add(SheetDiagnostic.At(MselCodes.TimeBeforeStart, cell, $"{date:yyyy-MM-dd HH:mm} is before the exercise starts at {start:yyyy-MM-dd HH:mm}"));
                        offset = null;
                    }
                }
                else
                {
                    offset = relative;
                }
            }
        }
        else
        {
            offset = baseInject?.At?.Value;
        }

        if (offset is { } at)
        {
            yaml.Add($"    at: {YamlText.Duration(at)}", cell);
        }

        return offset;
    }

    private void Trigger(string text, SheetCell cell, YamlLines yaml)
    {
        foreach (var clause in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (AfterPattern().Match(clause) is { Success: true } after)
            {
                var delay = after.Groups["delay"].Success ? after.Groups["delay"].Value.Trim() : "0m";
                yaml.Add($"    after: {{ inject: {YamlText.Word(after.Groups["inject"].Value)}, delay: {YamlText.Word(delay)} }}", cell);
            }
            else if (clause.StartsWith("when ", StringComparison.OrdinalIgnoreCase))
            {
                yaml.Add($"    when: {YamlText.Quoted(clause[5..].Trim())}", cell);
            }
            else if (OnDemandPattern().IsMatch(clause))
            {
                yaml.Add("    on_demand: true", cell);
            }
            else if (ContingencyPattern().Match(clause) is { Success: true } contingency)
            {
                yaml.Add($"    contingency_for: {YamlText.Word(contingency.Groups["action"].Value)}", cell);
            }
            else
            {
                diagnostics.Add(SheetDiagnostic.At(MselCodes.BadTrigger, cell,
                    $"'{clause}' is not a trigger; write 'after <inject> + 3m', 'when <condition>', 'on demand' or 'contingency for <expected action>', one a line"));
            }
        }
    }

    private void To(string? text, SheetCell cell, YamlLines yaml)
    {
        var ids = new List<string>();
        foreach (var name in Split(text))
        {
            if (Keyword(name) is { } keyword)
            {
                ids.Add(keyword);
            }
            else if (name.Split(RoleAddress.Separator) is [var teamName, var role] && context.Teams.Resolve(teamName.Trim(), out _) is { } roleTeam)
            {
                // One role of a team (fi-gov/border); the scenario's check names a role the team does not have.
                ids.Add(RoleAddress.Of(roleTeam, role.Trim()));
            }
            else if (context.Teams.Resolve(name, out var hint) is { } team)
            {
                ids.Add(team);
            }
            else
            {
                diagnostics.Add(SheetDiagnostic.At(MselCodes.UnknownTeam, cell, $"no team '{name}' in the scenario{hint}"));
            }
        }

        if (ids.Count > 0)
        {
            yaml.Add($"    to: [{string.Join(", ", ids.Select(YamlText.Word))}]", cell);
        }
    }

    private void Channel(string text, SheetCell cell, YamlLines yaml)
    {
        var wanted = string.Concat(text.ToLowerInvariant().Where(char.IsAsciiLetter));
        var channels = Enum.GetValues<InjectChannel>();
        var match = channels.Cast<InjectChannel?>().FirstOrDefault(c => c.ToString()!.ToLowerInvariant() == wanted || (wanted == "mail" && c == InjectChannel.Email));
        if (match is { } channel)
        {
            yaml.Add($"    channel: {Scenarios.Loading.ScenarioWords.Of(channel)}", cell);
        }
        else
        {
            diagnostics.Add(SheetDiagnostic.At(MselCodes.UnknownChannel, cell,
                $"'{text}' is not a channel{DidYouMean.Hint(wanted, channels.Select(c => c.ToString().ToLowerInvariant()))}; use email, news, social, phone, sitrep, sector alert or briefing"));
        }
    }

    private void ExpectedActions(string injectId, string? text, SheetCell cell, YamlLines yaml)
    {
        if (text is null)
        {
            return;
        }

        if (IsYamlBlock(text))
        {
            Block(text, "expected_actions", cell, yaml);
            return;
        }

        // Prose, as HSEEP sheets have it: one action a line, with its deadline at the end.
        var lines = new List<string>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var prose = line.TrimStart('-', '•', '*', ' ');
            if (WithinPattern().Match(prose) is { Success: true } within)
            {
                lines.Add($"      - id: {YamlText.Word($"{injectId}-expected-{(lines.Count / 3) + 1}")}");
                lines.Add($"        action: {YamlText.Quoted(within.Groups["action"].Value.Trim())}");
                lines.Add($"        within: {YamlText.Word(within.Groups["within"].Value.Trim())}");
            }
            else
            {
                diagnostics.Add(SheetDiagnostic.At(MselCodes.ActionWithoutDeadline, cell,
                    $"'{prose}' has no deadline; end it with 'within 30m' (or write the actions as YAML, as the export does)"));
            }
        }

        if (lines.Count > 0)
        {
            yaml.Add("    expected_actions:", cell);
            yaml.AddRange(lines, cell);
        }
    }

    private void Objectives(string? text, SheetCell cell, YamlLines yaml)
    {
        var ids = new List<string>();
        foreach (var name in Split(text))
        {
            if (context.Objectives.Resolve(name, out var hint) is { } objective)
            {
                ids.Add(objective);
            }
            else
            {
                diagnostics.Add(SheetDiagnostic.At(MselCodes.UnknownObjective, cell, $"no objective '{name}' in the scenario{hint}"));
            }
        }

        if (ids.Count > 0)
        {
            yaml.Add($"    objectives: [{string.Join(", ", ids.Select(YamlText.Word))}]", cell);
        }
    }

    private void Reference(string? text, string key, MselNames names, DiagnosticDescriptor unknown, SheetCell cell, YamlLines yaml)
    {
        if (text is null)
        {
            return;
        }

        if (names.Resolve(text, out var hint) is { } id)
        {
            yaml.Add($"    {key}: {YamlText.Word(id)}", cell);
        }
        else
        {
            diagnostics.Add(SheetDiagnostic.At(unknown, cell, $"no {(key == "from" ? "persona" : key)} '{text.Trim()}' in the scenario{hint}"));
        }
    }

    private static void Word(string? text, string key, SheetCell cell, YamlLines yaml)
    {
        if (text is not null)
        {
            yaml.Add($"    {key}: {YamlText.Word(text.Trim())}", cell);
        }
    }

    /// <summary>A cell holding YAML, put under its key as written; the validator reports what is wrong in it.</summary>
    private static void Block(string? text, string key, SheetCell cell, YamlLines yaml)
    {
        if (text is null)
        {
            return;
        }

        yaml.Add($"    {key}:", cell);
        yaml.AddRange(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(line => line.Length == 0 ? "" : "      " + line), cell);
    }

    private static void AddText(YamlLines yaml, string key, string text, SheetCell cell)
    {
        var lines = new List<string>();
        InjectYamlBlocks.Add(lines, "    ", key, text);
        yaml.AddRange(lines, cell);
    }

    /// <summary>
    /// A plain From/To/Message list has no subject column: the message's first line stands in for it, cut at a
    /// word near <see cref="SubjectLength"/> characters.
    /// </summary>
    private string? SubjectFromMessage(string? message)
    {
        if (map.ColumnOf(MselField.Subject) is not null || string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        var line = message.Trim().Split('\n')[0].Trim();
        if (line.Length <= SubjectLength)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', SubjectLength);
        return line[..(cut > SubjectLength / 2 ? cut : SubjectLength)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static bool IsYamlBlock(string text) => text.TrimStart() is var t && (t.StartsWith("- id:", StringComparison.Ordinal) || t.StartsWith("- {", StringComparison.Ordinal) || t.StartsWith('{'));

    private static string? Keyword(string name) => MselColumns.Normalise(name) switch
    {
        "all" or "allplayers" or "everyone" => Audience.AllKeyword,
        "control" or "exercisecontrol" => Audience.ControlKeyword,
        "observers" => Audience.ObserversKeyword,
        _ => null,
    };

    private static IEnumerable<string> Split(string? text) =>
        text?.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>The text of a field's cell as written (a body keeps its spacing), or null when the sheet has no such column or the cell is blank.</summary>
    private string? Text(MselRow row, MselField field) =>
        map.ColumnOf(field) is { } column && row[column] is { IsBlank: false } cell ? cell.Text : null;

    [GeneratedRegex(@"^after\s+(?<inject>\S+)(?:\s*\+?\s*(?<delay>\S.*))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfterPattern();

    [GeneratedRegex(@"^on[\s_-]?demand$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OnDemandPattern();

    [GeneratedRegex(@"^contingency\s+for\s+(?<action>\S+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContingencyPattern();

    [GeneratedRegex(@"^(?<action>.+?)\s*\(?\bwithin\s+(?<within>[0-9][0-9a-zA-Z ]*?)\)?\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WithinPattern();
}
