using ExerciseServer.Grains.Teams;
using ExerciseServer.Grains.Tests.Support;

namespace ExerciseServer.Grains.Tests.Teams;

/// <summary>A team's member names follow the one display-name rule of Core, whoever calls the grain.</summary>
public sealed class TeamNameTests
{
    [Fact]
    public async Task A_team_refuses_a_display_name_that_hides_text()
    {
        await using var harness = await ClusterHarness.StartAsync(1);
        var team = harness.Client.GetGrain<ITeamGrain>("ex-names/fi-ncsc");

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => team.Join("\u202Eevil"));
        var joined = await team.Join("  Aino  ");

        Assert.Contains("U+202E", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["Aino"], joined.Members);
    }
}
