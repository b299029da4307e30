using System.Net.Http.Json;
using System.Text.Json;
using ExerciseServer.Tests.Shared;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.Archives;

/// <summary>
/// Two real server processes with data folders of their own. The first has the whole scenario library and an
/// exercise of the GNSS scenario played on it (released injects, one with an image, acknowledged and answered by
/// every team, messages, then ended); the second's library has only the quickstart, so an imported exercise can
/// find its scenario and media nowhere but in the archive.
/// </summary>
public sealed class TwoServersFixture : IAsyncLifetime
{
    public const string ScenarioId = "gnss-interference-aviation";

    public ServerProcess Source { get; private set; } = null!;
    public ServerProcess Target { get; private set; } = null!;
    public string TargetData { get; private set; } = "";
    public string ExerciseId { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var library = Directory.CreateTempSubdirectory("archive-library-").FullName;
        File.Copy(RepositoryPaths.Scenario("quickstart.yaml"), Path.Combine(library, "quickstart.yaml"));
        TargetData = Directory.CreateTempSubdirectory("archive-target-").FullName;
        // One after the other: two silos starting at once on a loaded machine can outlast the readiness wait.
        Source = await ServerProcess.StartAsync(Directory.CreateTempSubdirectory("archive-source-").FullName);
        Target = await ServerProcess.StartAsync(TargetData, $"--Scenarios:Path={library}");

        var created = await Source.Http.PostAsJsonAsync("/api/exercises", new { scenarioId = ScenarioId, name = "Archive round trip" });
        created.EnsureSuccessStatusCode();
        ExerciseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await Source.Http.PostAsync($"/api/exercises/{ExerciseId}/start", null)).EnsureSuccessStatusCode();
        (await Source.Http.PostAsJsonAsync($"/api/exercises/{ExerciseId}/jump", new { to = "4h" })).EnsureSuccessStatusCode();
        var accepted = await TeamsAtPlay.PlayAsync(Source, ExerciseId, messagesPerTeam: 2);
        Assert.True(accepted > 0, "no team's command was accepted; the archive would carry an empty play");
        (await Source.Http.PostAsync($"/api/exercises/{ExerciseId}/end", null)).EnsureSuccessStatusCode();
    }

    public async Task<byte[]> ExportAsync()
    {
        using var response = await Source.Http.GetAsync($"/api/exercises/{ExerciseId}/archive");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    public async Task<HttpResponseMessage> ImportAsync(byte[] archive)
    {
        var content = new ByteArrayContent(archive);
        content.Headers.ContentType = new("application/zip");
        return await Target.Http.PostAsync("/api/exercises/import", content);
    }

    /// <summary>The ids of the exercises on the target server.</summary>
    public async Task<List<string>> TargetExercisesAsync() =>
        [.. (await Target.GetJsonAsync("/api/exercises")).EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];

    /// <summary>What the target keeps of imported media: one folder per imported exercise, nothing else.</summary>
    public IReadOnlyList<string> TargetMediaFolders()
    {
        var root = Path.Combine(TargetData, "imported-media");
        return Directory.Exists(root) ? [.. Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : [];
    }

    public async ValueTask DisposeAsync()
    {
        await Source.DisposeAsync();
        await Target.DisposeAsync();
    }
}
