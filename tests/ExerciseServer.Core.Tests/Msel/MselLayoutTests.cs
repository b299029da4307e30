using ExerciseServer.Core.Msel;

namespace ExerciseServer.Core.Tests.Msel;

/// <summary>Sheets in the layouts people already have, read by the header guess or a mapping file into new scenarios.</summary>
public sealed class MselLayoutTests
{
    [Fact]
    public void An_OpenAEV_sheet_reads_its_timeline_teams_and_expectations()
    {
        var sheet = Sheet("oaev.csv",
            ["Timeline", "Teams", "Subject", "Content", "Expectation"],
            ["T+0", "Blue team, Red team", "Start", "The exercise begins.", null],
            ["D+1 H+3", "Blue team", "Later", "Next day.", "Call the CEO within 1h"]);

        var result = MselImporter.Import(sheet, "oaev.yaml");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(["A 'Timeline' → time", "B 'Teams' → to", "C 'Subject' → subject", "D 'Content' → description", "E 'Expectation' → expected_actions"], result.MappingReport);
        var injects = result.Scenario!.Injects;
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromHours(27)], injects.Select(i => i.At!.Value.Value));
        Assert.Equal(["blue-team", "red-team"], result.Scenario.Teams.Select(t => t.Id));
        Assert.Equal(["Blue team", "Red team"], result.Scenario.Teams.Select(t => t.Name));
        Assert.Equal(TimeSpan.FromHours(1), Assert.Single(injects[1].ExpectedActions).Within.Value);
    }

    [Fact]
    public void A_T3SF_sheet_takes_the_story_date_over_the_real_time_and_starts_the_clock_at_its_first_hour()
    {
        var sheet = Sheet("t3sf.csv",
            ["#", "Real Time", "Date", "Subject", "From", "Player", "Script"],
            ["1", "08:00 PM", "Sat Nov 20 2021 02:25 AM", "Phishing wave", "SOC", "Legal", "Many users report mails."],
            ["2", "08:10 PM", "Sat Nov 20 2021 03:25 AM", "Ransom note", "CEO", "Legal; IT", "A ransom note appears."]);

        var result = MselImporter.Import(sheet, "t3sf.yaml");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Contains("B 'Real Time' not used", result.MappingReport);
        Assert.Equal(new DateTimeOffset(2021, 11, 20, 2, 0, 0, TimeSpan.Zero), result.Scenario!.Clock.Start);
        Assert.Equal([TimeSpan.FromMinutes(25), TimeSpan.FromMinutes(85)], result.Scenario.Injects.Select(i => i.At!.Value.Value));
        Assert.Equal(["soc", "ceo"], result.Scenario.Personas.Select(p => p.Id));
        Assert.Equal(["legal", "it"], result.Scenario.Injects[1].To.Teams.Select(t => t.Id));
    }

    [Fact]
    public void A_plain_message_list_takes_each_subject_from_its_message()
    {
        var sheet = Sheet("plain.csv",
            ["From", "To", "Message", "Note to control"],
            ["Duty officer", "Blue team", "Power is out in the north.\nAll of it.", "Watch the phone"],
            ["Press desk", "All players", "Journalists are calling the ministry about the outage and want a statement before the evening news bulletin goes out", null]);

        var result = MselImporter.Import(sheet, "plain.yaml");

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(["Power is out in the north.", "Journalists are calling the ministry about the outage and want a statement…"], result.Scenario!.Injects.Select(i => i.Title));
        Assert.Equal("Watch the phone", result.Scenario.Injects[0].Notes);
        Assert.True(result.Scenario.Injects[1].To.AllPlayers);
    }

    [Fact]
    public void A_mapping_file_names_the_header_row_and_columns_by_header_or_letter()
    {
        var (mapping, problems) = MselMappingReader.Read("map.yaml", """
            header_row: 2
            offset_unit: 1m
            start: 2027-01-18T06:00:00+02:00
            columns: { time: When, to: C, subject: Headline, description: Words }
            """);
        var sheet = Sheet("odd.csv",
            ["Exercise North", null, null, null],
            ["When", "Words", "Audience", "Headline"],
            ["T+5", "Text.", "Blue", "First"]);

        var result = MselImporter.Import(sheet, "odd.yaml", mapping: mapping);

        Assert.Empty(problems);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var inject = Assert.Single(result.Scenario!.Injects);
        Assert.Equal((TimeSpan.FromMinutes(5), "First", "blue"), (inject.At!.Value.Value, inject.Title, inject.To.Teams[0].Id));
        Assert.Equal(new DateTimeOffset(2027, 1, 18, 6, 0, 0, TimeSpan.FromHours(2)), result.Scenario.Clock.Start);
        Assert.Equal(TimeSpan.FromHours(2), result.Scenario.Clock.Start.Offset);
    }

    [Fact]
    public void A_mapping_file_with_an_unknown_field_or_column_is_located()
    {
        var (mapping, problems) = MselMappingReader.Read("map.yaml", "columns: { subjet: Headline }\n");
        var (good, _) = MselMappingReader.Read("map.yaml", "columns: { subject: Headlne }\n");
        var diagnostics = new List<SheetDiagnostic>();
        MselColumnMapper.Map(Sheet("s.csv", ["Headline", "To"]), good, diagnostics);

        Assert.Null(mapping);
        Assert.Equal("map.yaml:1:12: error MS212: 'subjet' is not an MSEL field; did you mean 'subject'?", Assert.Single(problems).ToString());
        Assert.Equal("map.yaml:1:21: error MS212: the sheet has no column 'Headlne' in header row 1; did you mean 'Headline'?", Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_sheet_without_MSEL_headers_says_how_to_map_it()
    {
        var diagnostics = new List<SheetDiagnostic>();

        var map = MselColumnMapper.Map(Sheet("s.csv", ["Alpha", "Beta"], ["1", "2"]), null, diagnostics);

        Assert.Null(map);
        Assert.Equal("s.csv:A1: error MS201: none of the first 15 rows has the headers of an MSEL (such as Subject, To, From, Story date/time); give a mapping file with --mapping", Assert.Single(diagnostics).ToString());
    }

    private static MselSheet Sheet(string file, params string?[][] rows) =>
        new(file, null, [.. rows.Select((cells, i) => new MselRow(i + 1, [.. cells.Select(c => c is null ? null : new MselCellValue(c))]))]);
}
