using ExerciseServer.Core.Msel;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Msel;

namespace ExerciseServer.Tests.Msel;

/// <summary>
/// A sheet as a trainer keeps it, in the HSEEP MSEL's column order: a merged title row, merged group headers above
/// the real ones, blank rows, names instead of ids and story times typed as spreadsheet dates.
/// </summary>
public sealed class MselHandMadeSheetTests
{
    private const string Base = """
        schema: 1
        id: cable
        title: Cable fault
        clock:
          start: 2026-01-12T07:00:00+02:00
          duration: 2h
        teams:
          - { id: fi-ncsc, name: National Cyber Security Centre Finland }
          - { id: ee-ria, name: Estonian Information System Authority }
        personas:
          - { id: noc, name: Network operations centre }
        objectives:
          - { id: share-information, title: Share situational awareness, capability: Operational Communications }
        phases:
          - { id: detect, title: Detection, starts: 0m }
          - { id: respond, title: Response, starts: 7m }
        injects: []

        """;

    private static readonly string[] Headers =
        ["Inject #", "Date/Time", "Phase", "From", "To", "Delivery method", "Subject", "Inject description", "Expected player action", "Objective/Capability", "Notes to controller"];

    [Fact]
    public void A_hand_made_HSEEP_sheet_imports_with_names_dates_and_blank_rows()
    {
        var cells = Sheet(
            (5, [1, new DateTime(2026, 1, 12, 7, 1, 0), "Detection", "Network operations centre", "National Cyber Security Centre Finland", "E-mail",
                "Loss of signal", "All wavelengths on HEL–TLL-2 lost light.", "Notify the Estonian authority within 5m", "Operational Communications", "Watch the chat."]),
            (7, [2, new DateTime(2026, 1, 12, 7, 7, 30), "respond", "noc", "fi-ncsc; Estonian Information System Authority", "Phone", "Reroute?", "The operator asks whether to reroute.", null, "share-information", null]),
            (9, [3, "2026-01-12 07:09", "Response", "noc", "All players", "News", "Internet slow in Tallinn", null, null, null, null]));

        var result = Import(cells);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var injects = result.Scenario!.Injects;
        Assert.Equal(["inject-001", "inject-002", "inject-003"], injects.Select(i => i.Id));
        Assert.Equal([TimeSpan.FromMinutes(1), new TimeSpan(0, 7, 30), TimeSpan.FromMinutes(9)], injects.Select(i => i.At!.Value.Value));
        Assert.Equal(["fi-ncsc"], injects[0].To.Teams.Select(t => t.Id));
        Assert.Equal(["fi-ncsc", "ee-ria"], injects[1].To.Teams.Select(t => t.Id));
        Assert.True(injects[2].To.AllPlayers);
        Assert.Equal(["detect", "respond", "respond"], injects.Select(i => i.Phase!.Value.Id));
        Assert.Equal(["noc", "noc", "noc"], injects.Select(i => i.From!.Value.Id));
        Assert.Equal([InjectChannel.Email, InjectChannel.Phone, InjectChannel.News], injects.Select(i => i.Channel));
        Assert.Equal("All wavelengths on HEL–TLL-2 lost light.", injects[0].Body);
        var action = Assert.Single(injects[0].ExpectedActions);
        Assert.Equal(("inject-001-expected-1", "Notify the Estonian authority", TimeSpan.FromMinutes(5)), (action.Id, action.Action, action.Within.Value));
        Assert.Equal(["share-information"], injects[0].Objectives.Select(o => o.Id));
        Assert.Equal("Watch the chat.", injects[0].Notes);
        Assert.Contains("B 'Date/Time' → time", result.MappingReport);
        Assert.Contains("F 'Delivery method' → channel", result.MappingReport);
    }

    [Fact]
    public void A_bad_team_a_bad_time_and_a_missing_subject_are_reported_at_their_cells_in_one_run()
    {
        var cells = Sheet(
            (5, [1, new DateTime(2026, 1, 12, 7, 1, 0), "Detection", "noc", "fi-ncs", "Email", "Loss of signal", null, null, null, null]),
            (7, [2, "half past seven", "Detection", "noc", "ee-ria", "Email", "Reroute?", null, null, null, null]),
            (8, [3, new DateTime(2026, 1, 12, 7, 9, 0), "Response", "noc", "ee-ria", "Email", null, "No subject here.", null, null, null]));

        var result = Import(cells);

        Assert.True(result.HasErrors);
        Assert.Equal(
            [
                "cable-msel.xlsx:MSEL!E5: error MS203: no team 'fi-ncs' in the scenario; did you mean 'fi-ncsc'?",
                "cable-msel.xlsx:MSEL!B7: error MS204: 'half past seven' is neither a date and time (2027-01-18 06:18) nor an offset (T+2, D+1 H+3, 1h30m)",
                "cable-msel.xlsx:MSEL!G8: error MS202: inject 'inject-003' has no subject; every inject needs one for the players to read",
            ],
            result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
    }

    private static Dictionary<string, object> Sheet(params (int Row, object?[] Values)[] rows)
    {
        var cells = new Dictionary<string, object>
        {
            ["A1"] = "Cable fault TTX — Master Scenario Events List",
            ["A2"] = "Inject",
            ["D2"] = "Content",
            ["I2"] = "Evaluation",
        };
        for (var column = 0; column < Headers.Length; column++)
        {
            cells[$"{(char)('A' + column)}3"] = Headers[column];
        }

        foreach (var (row, values) in rows)
        {
            for (var column = 0; column < values.Length; column++)
            {
                if (values[column] is { } value)
                {
                    cells[$"{(char)('A' + column)}{row}"] = value is int number ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : value;
                }
            }
        }

        return cells;
    }

    private static MselImportResult Import(Dictionary<string, object> cells)
    {
        var bytes = HandMadeWorkbook.Create("MSEL", cells, "A1:K1", "A2:C2", "D2:H2", "I2:K2");
        var (sheet, problems) = MselFiles.Read("cable-msel.xlsx", new MemoryStream(bytes));
        Assert.Empty(problems);
        Assert.NotNull(sheet);
        return MselImporter.Import(sheet, "cable.yaml", ("cable.yaml", Base));
    }
}
