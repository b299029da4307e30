using ExerciseServer.Core.Scenarios.Loading;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Writing;

namespace ExerciseServer.Core.Msel;

/// <summary>
/// A scenario's injects as an MSEL sheet, one row per inject in file order. Plain fields are plain text; the
/// structured ones (expected actions, sector effects, translations) are YAML blocks the import puts back as they are,
/// so a sheet carries everything an inject is.
/// </summary>
public static class MselExporter
{
    public static MselSheet Export(Scenario scenario, string file)
    {
        var header = new MselRow(1, [.. MselColumns.ExportOrder.Select(f => (MselCellValue?)new MselCellValue(MselColumns.Header(f)))]);
        var rows = scenario.Injects.Select((inject, i) =>
            new MselRow(i + 2, [.. MselColumns.ExportOrder.Select(f => Cell(scenario, inject, f))]));
        return new MselSheet(file, MselSheet.DefaultSheetName, [header, .. rows]);
    }

    /// <summary>What the sheet shows for one field of an inject; null for an empty cell.</summary>
    public static MselCellValue? Cell(Scenario scenario, Inject inject, MselField field)
    {
        var text = field switch
        {
            MselField.Number => inject.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            MselField.Id => inject.Id,
            MselField.Time => null,
            MselField.Phase => inject.Phase?.Id,
            MselField.From => inject.From?.Id,
            MselField.To => AudienceText(inject.To),
            MselField.Channel => ScenarioWords.Of(inject.Channel),
            MselField.Subject => inject.Title,
            MselField.Description => inject.Body,
            MselField.ExpectedActions => Block(InjectYamlBlocks.ExpectedActions(inject.ExpectedActions)),
            MselField.Objectives => string.Join(", ", inject.Objectives.Select(o => o.Id)),
            MselField.Notes => inject.Notes,
            MselField.Trigger => Trigger(inject),
            MselField.Decision => inject.Decision?.Id,
            MselField.Sector => inject.Sector?.Id,
            MselField.Effects => Block(InjectYamlBlocks.Effects(inject.Effects)),
            MselField.Translations => Block(InjectYamlBlocks.Translations(inject.Translations)),
            _ => null,
        };
        if (field == MselField.Time && inject.At is { } at)
        {
            // The story's wall clock, as the scenario clock gives it: the sheet shows what the players will read.
            return MselCellValue.OfDate(scenario.Clock.Start.DateTime + at.Value);
        }

        return string.IsNullOrEmpty(text) ? null : new MselCellValue(text);
    }

    public static string AudienceText(Audience audience) => string.Join(", ",
        (audience.AllPlayers ? [Scenarios.Model.Audience.AllKeyword] : Array.Empty<string>())
            .Concat(audience.Teams.Select(t => t.Id))
            .Concat(audience.Roles.Select(r => r.Key))
            .Concat(audience.Control ? [Scenarios.Model.Audience.ControlKeyword] : [])
            .Concat(audience.Observers ? [Scenarios.Model.Audience.ObserversKeyword] : []));

    /// <summary>One clause a line: <c>after q01 + 3m</c>, <c>when …</c>, <c>on demand</c>, <c>contingency for …</c>.</summary>
    private static string Trigger(Inject inject)
    {
        var clauses = new List<string>();
        if (inject.After is { } after)
        {
            clauses.Add(after.Delay.Value == TimeSpan.Zero ? $"after {after.Inject.Id}" : $"after {after.Inject.Id} + {YamlText.Duration(after.Delay.Value)}");
        }

        if (inject.When is { } when)
        {
            clauses.Add($"when {when.Text}");
        }

        if (inject.OnDemand)
        {
            clauses.Add("on demand");
        }

        if (inject.ContingencyFor is { } contingency)
        {
            clauses.Add($"contingency for {contingency.Id}");
        }

        return string.Join("\n", clauses);
    }

    private static string? Block(IReadOnlyList<string> lines) => lines.Count == 0 ? null : string.Join("\n", lines);
}
