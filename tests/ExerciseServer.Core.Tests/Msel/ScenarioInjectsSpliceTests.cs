using ExerciseServer.Core.Msel;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Core.Tests.Msel;

public sealed class ScenarioInjectsSpliceTests
{
    [Fact]
    public void The_injects_section_is_replaced_and_every_other_line_kept()
    {
        const string text = "# head\nschema: 1\ninjects:\n  - id: a\n    title: A\n\n# about the end\nend:\n  when: game_time() >= 1h\n";

        var spliced = ScenarioInjectsSplice.Replace("s.yaml", text, ["injects:", "  - id: b"]);

        Assert.Equal("# head\nschema: 1\ninjects:\n  - id: b\n\n# about the end\nend:\n  when: game_time() >= 1h\n", spliced.Text);
        Assert.Equal((2, -1), (spliced.FirstLine, spliced.Shift));
    }

    [Fact]
    public void A_scenario_without_injects_gets_them_at_the_end()
    {
        var spliced = ScenarioInjectsSplice.Replace("s.yaml", "schema: 1\r\nid: x\r\n", ["injects: []"]);

        Assert.Equal("schema: 1\nid: x\ninjects: []\n", spliced.Text);
    }

    [Fact]
    public void A_problem_of_the_scenario_after_the_injects_stays_on_its_own_line_of_the_scenario()
    {
        // The end condition names an inject the sheet no longer has: reported on the scenario's own line, not shifted.
        var scenario = TestScenarios.Header + TestScenarios.Sectors + TestScenarios.Teams + TestScenarios.Injects + "end:\n  when: released(i1)\n";
        var sheet = new MselSheet("s.csv", null,
        [
            new MselRow(1, [new MselCellValue("Inject ID"), new MselCellValue("To"), new MselCellValue("Subject"), new MselCellValue("Story date/time")]),
            new MselRow(2, [new MselCellValue("j1"), new MselCellValue("red"), new MselCellValue("One"), new MselCellValue("10m")]),
            new MselRow(3, [new MselCellValue("j2"), new MselCellValue("red"), new MselCellValue("Two"), new MselCellValue("20m")]),
        ]);
        var endLine = scenario.Split('\n').ToList().FindIndex(l => l.StartsWith("  when: released", StringComparison.Ordinal)) + 1;

        var result = MselImporter.Import(sheet, "out.yaml", ("base.yaml", scenario));

        var problem = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.StartsWith($"base.yaml:{endLine}:", problem.Location, StringComparison.Ordinal);
        Assert.Equal("ES301", problem.Code);
    }
}
