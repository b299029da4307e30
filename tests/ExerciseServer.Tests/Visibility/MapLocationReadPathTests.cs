using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Tests.Shared;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Visibility;

/// <summary>
/// The map locations of the Baltic flagship over the real read paths (the hub's outline and inject contents, and the
/// review): each role receives exactly the locations mentioned by injects the need-to-know table says it sees —
/// control all of them — and never a location of another team's inject or of one not yet released.
/// </summary>
public sealed class MapLocationReadPathTests(NeedToKnowFixture fixture) : IClassFixture<NeedToKnowFixture>
{
    private static readonly Lazy<Core.Scenarios.Model.Scenario> Flagship = new(() =>
    {
        var file = Path.Combine(RepositoryPaths.Scenarios, "baltic-critical-infrastructure.yaml");
        return ScenarioLoader.Load(file, File.ReadAllText(file)).Scenario!;
    });

    public static TheoryData<Role, Phase> Readers()
    {
        var data = new TheoryData<Role, Phase>();
        foreach (var role in new[] { Role.Control, Role.TeamA, Role.TeamB, Role.Observer, Role.Evaluator })
        {
            foreach (var phase in Enum.GetValues<Phase>())
            {
                data.Add(role, phase);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task The_hub_gives_each_reader_the_locations_of_the_injects_it_sees_and_no_other(Role role, Phase phase)
    {
        var facts = await Facts.LoadAsync(fixture, phase);
        var person = fixture.Person(phase, role);
        var id = fixture.Exercises[phase];

        var outline = await person.Hub!.InvokeAsync<JsonElement>("GetOutline", id);
        var injects = await person.Hub!.InvokeAsync<JsonElement>("GetInjects", id);

        var received = Ids(outline.GetProperty("locations")).ToHashSet();
        foreach (var inject in injects.EnumerateArray())
        {
            var injectId = inject.GetProperty("id").GetString()!;
            var carried = Ids(inject.GetProperty("locations")).ToHashSet();
            Assert.True(MentionedBy(injectId).SetEquals(carried), $"{role} while {phase}: inject {injectId} carries [{string.Join(", ", carried)}]");
            received.UnionWith(carried);
        }

        var expected = Expected(role, phase, facts);
        Assert.True(expected.SetEquals(received),
            $"{role} while {phase}: missing [{string.Join(", ", expected.Except(received))}], must not see [{string.Join(", ", received.Except(expected))}]");
    }

    [Fact]
    public async Task While_running_a_team_sees_some_locations_and_not_those_of_other_teams_or_later_injects()
    {
        var facts = await Facts.LoadAsync(fixture, Phase.Running);

        var finland = Expected(Role.TeamA, Phase.Running, facts);
        var estonia = Expected(Role.TeamB, Phase.Running, facts);

        Assert.NotEmpty(finland);
        Assert.NotEmpty(Flagship.Value.Locations.Select(l => l.Id).Except(finland));
        Assert.False(finland.SetEquals(estonia), "Finland and Estonia received different injects, so different locations");
        var unreleasedOnly = Flagship.Value.Locations.Select(l => l.Id)
            .Where(l => Flagship.Value.Injects.Where(i => i.Locations.Any(r => r.Id == l)).All(i => !facts.Injects[i.Id].Released)).ToList();
        Assert.NotEmpty(unreleasedOnly);
        Assert.Empty(unreleasedOnly.Intersect(finland));
    }

    [Theory]
    [InlineData(Role.Control)]
    [InlineData(Role.Observer)]
    [InlineData(Role.Evaluator)]
    public async Task The_review_gives_staff_the_locations_of_the_injects_they_see(Role role)
    {
        var facts = await Facts.LoadAsync(fixture, Phase.Running);
        var person = fixture.Person(Phase.Running, role);

        var review = await person.Http.GetFromJsonAsync<JsonElement>($"/api/exercises/{fixture.Exercises[Phase.Running]}/review");

        var locations = review.GetProperty("locations");
        Assert.True(Expected(role, Phase.Running, facts).SetEquals(Ids(locations)), $"{role}: review locations [{string.Join(", ", Ids(locations))}]");
        foreach (var location in locations.EnumerateArray())
        {
            Assert.All(location.GetProperty("injects").EnumerateArray().Select(i => i.GetString()!),
                inject => Assert.True(NeedToKnowTable.SeesInject(role, Phase.Running, facts.Injects[inject]), $"{role} is told {inject} mentions a location"));
        }
    }

    private static HashSet<string> Expected(Role role, Phase phase, Facts facts) =>
        role == Role.Control
            ? [.. Flagship.Value.Locations.Select(l => l.Id)]
            : [.. Flagship.Value.Injects
                .Where(i => facts.Injects.TryGetValue(i.Id, out var fact) && NeedToKnowTable.SeesInject(role, phase, fact))
                .SelectMany(i => i.Locations.Select(r => r.Id))];

    private static HashSet<string> MentionedBy(string injectId) =>
        [.. Flagship.Value.Injects.FirstOrDefault(i => i.Id == injectId)?.Locations.Select(r => r.Id) ?? []];

    private static IEnumerable<string> Ids(JsonElement list) => list.EnumerateArray().Select(l => l.GetProperty("id").GetString()!);
}
