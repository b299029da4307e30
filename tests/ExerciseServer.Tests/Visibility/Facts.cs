using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Tests.Shared;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExerciseServer.Tests.Visibility;

/// <summary>Everything in one exercise, as control reads it, plus which sectors each team's role can see (from the scenario file).</summary>
public sealed record Facts(
    IReadOnlyDictionary<string, InjectFact> Injects,
    IReadOnlyList<ActionFact> Actions,
    IReadOnlyList<DecisionFact> Decisions,
    IReadOnlyList<string> Sectors,
    IReadOnlyDictionary<string, IReadOnlySet<string>> SectorsSeenBy,
    IReadOnlyList<JsonElement> Log)
{
    public static async Task<Facts> LoadAsync(NeedToKnowFixture fixture, Phase phase)
    {
        var id = fixture.Exercises[phase];
        var control = fixture.Person(phase, Role.Control);
        var injects = await control.Hub!.InvokeAsync<JsonElement>("GetInjects", id);
        var outline = await control.Hub!.InvokeAsync<JsonElement>("GetOutline", id);
        var snapshot = await control.Http.GetFromJsonAsync<JsonElement>($"/api/exercises/{id}/snapshot");
        var file = Path.Combine(RepositoryPaths.Scenarios, "baltic-critical-infrastructure.yaml");
        var scenario = ScenarioLoader.Load(file, await File.ReadAllTextAsync(file)).Scenario!;
        return new Facts(
            injects.EnumerateArray().Select(i =>
            {
                var injectId = i.GetProperty("id").GetString()!;
                var recipients = i.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()!).ToList();
                var scripted = scenario.Injects.FirstOrDefault(s => s.Id == injectId);
                var whole = scripted is null ? recipients : scripted.To.AllPlayers ? [.. scenario.Teams.Select(t => t.Id)] : [.. scripted.To.Teams.Select(t => t.Id)];
                return new InjectFact(injectId, i.GetProperty("title").GetString()!, recipients.Count == 0,
                    i.GetProperty("releasedAt").ValueKind != JsonValueKind.Null, recipients, whole, [.. scripted?.To.Roles.Select(r => r.Key) ?? []]);
            }).ToDictionary(i => i.Id),
            [.. outline.GetProperty("expectedActions").EnumerateArray().Select(a => new ActionFact(
                a.GetProperty("id").GetString()!, a.GetProperty("team").GetString()!, a.GetProperty("injectId").GetString()!))],
            [.. snapshot.GetProperty("decisions").EnumerateArray().Select(d => new DecisionFact(
                d.GetProperty("id").GetString()!, d.GetProperty("team").GetString()!, d.GetProperty("presentedAt").ValueKind != JsonValueKind.Null,
                scenario.Decisions.Single(x => x.Id == d.GetProperty("id").GetString()).Parties))],
            [.. outline.GetProperty("sectors").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)],
            scenario.Teams.ToDictionary(t => t.Id, t => (IReadOnlySet<string>)t.Sees.Select(s => s.Id).ToHashSet()),
            await fixture.LogAsync(phase));
    }
}
