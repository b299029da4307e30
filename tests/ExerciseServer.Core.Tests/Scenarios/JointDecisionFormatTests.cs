using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Tests.Support;
using static ExerciseServer.Tests.Shared.TestScenarios;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>Both spellings of who decides a joint decision load to the same model; 'by' still means one team.</summary>
public sealed class JointDecisionFormatTests
{
    private const string TwoTeams = Teams + "  - { id: blue, name: Blue, sees: [energy] }\n";

    private static Decision Load(string who)
    {
        var text = Header + Sectors + TwoTeams + Injects.Replace("to: red", "to: [red, blue]", StringComparison.Ordinal) + "    decision: d1\n"
            + "decisions:\n  - id: d1\n    title: Joint\n    " + who + "    options:\n      - { id: go, title: Go }\n      - { id: stay, title: Stay }\n";
        var result = ScenarioLoader.Load("joint.yaml", text);
        Assert.True(result.IsPlayable, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Core.Diagnostics.DiagnosticSeverity.Error);
        return result.Scenario!.Decisions.Single();
    }

    [Fact]
    public void A_lead_can_be_written_beside_the_rule_or_inside_it()
    {
        var beside = Load("teams: [red, blue]\n    rule: lead\n    lead: blue\n");
        var inside = Load("teams: [red, blue]\n    rule: { lead: blue }\n");

        foreach (var decision in new[] { beside, inside })
        {
            Assert.Equal((JointRule.Lead, "blue", "blue"), (decision.Joint!.Rule, decision.Joint.Lead!.Value.Id, decision.By.Id));
            Assert.Equal(["red", "blue"], decision.Parties);
        }
    }

    [Theory]
    [InlineData("all", JointRule.All)]
    [InlineData("majority", JointRule.Majority)]
    public void All_and_majority_take_a_default_and_file_the_decision_under_the_first_team(string word, JointRule rule)
    {
        var decision = Load($"teams: [red, blue]\n    rule: {word}\n    default: stay\n");

        Assert.Equal((rule, (Reference?)null, "red"), (decision.Joint!.Rule, decision.Joint.Lead, decision.By.Id));
    }

    [Fact]
    public void By_alone_is_still_a_decision_of_one_team()
    {
        var decision = Load("by: blue\n");

        Assert.Null(decision.Joint);
        Assert.Equal(["blue"], decision.Parties);
    }

    [Fact]
    public void A_lead_under_another_rule_is_reported_at_the_lead()
    {
        var text = Header + Sectors + TwoTeams + Injects.Replace("to: red", "to: [red, blue]", StringComparison.Ordinal) + "    decision: d1\n"
            + "decisions:\n  - id: d1\n    title: Joint\n    teams: [red, blue]\n    rule: all\n    default: go\n    lead: red\n    options:\n      - { id: go, title: Go }\n      - { id: stay, title: Stay }\n";

        var diagnostic = Assert.Single(ScenarioLoader.Load("joint.yaml", text).Diagnostics, d => d.Code == "ES232");

        Assert.Equal((28, 5), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("only under 'rule: lead'", diagnostic.Message, StringComparison.Ordinal);
    }
}
