using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Tests.Support;
using static ExerciseServer.Tests.Shared.TestScenarios;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>
/// <c>to: team/role</c> addresses one role of a team: it is read into the audience, its team counts as a recipient,
/// and a role or team that does not exist, or a malformed address, is reported where it is written.
/// </summary>
public sealed class RoleAddressTests
{
    private const string File = "scenarios/roles.yaml";

    private const string RolesTeams = """
        teams:
          - id: red
            name: Red
            sees: [energy]
            roles:
              - { id: lead, name: Lead, briefing: "You **chair** the cell." }
              - { id: liaison, name: Liaison }

        """;

    [Fact]
    public void A_role_address_is_read_with_its_team_and_the_briefing_with_its_role()
    {
        var result = ScenarioLoader.Load(File, Header + Sectors + RolesTeams + "injects:\n  - { id: a, at: 10m, title: A, to: [red/liaison] }\n");

        Assert.Empty(result.Diagnostics);
        var inject = Assert.Single(result.Scenario!.Injects);
        var address = Assert.Single(inject.To.Roles);
        Assert.Equal(("red", "liaison", "red/liaison"), (address.Team.Id, address.Role.Id, address.Key));
        Assert.Empty(inject.To.Teams);
        Assert.Equal(["red"], inject.To.NamedTeams.Select(t => t.Id));
        Assert.Equal("You **chair** the cell.", result.Scenario.Teams[0].Roles[0].Briefing);
    }

    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "ES301", "injects:\n  - { id: a, at: 10m, title: A, to: red/«minister }\n", "team 'red' has no role 'minister'" },
        { "ES301", "injects:\n  - { id: a, at: 10m, title: A, to: «blue/lead }\n", "no team has the id 'blue'" },
        { "ES113", "injects:\n  - { id: a, at: 10m, title: A, to: «red/lead/deputy }\n", "is not a team role" },
        { "ES113", "injects:\n  - { id: a, at: 10m, title: A, to: «Red/Lead }\n", "is not a team role" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_wrong_role_address_is_reported_where_it_is_written(string code, string injects, string words)
    {
        var (text, expected) = MarkedScenario.Parse(File, Header + Sectors + RolesTeams + injects);

        var result = ScenarioLoader.Load(File, text);

        var found = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.True(expected == found.Location, $"expected {expected}, got {found}");
        Assert.Contains(words, found.Message, StringComparison.Ordinal);
    }
}
