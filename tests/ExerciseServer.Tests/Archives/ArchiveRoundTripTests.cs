using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExerciseServer.Cli;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.Archives;

/// <summary>
/// Exercise archives between two real server processes: an exercise exported from one and imported into the other
/// has the same review and the same HTML report (the exercise id, which is new, normalised away); a cut-short,
/// tampered or foreign archive is refused with its reason and creates nothing; the CLI verbs do the same.
/// </summary>
// Both set the process-wide API-token variable the CLI reads: never at the same time.
[Collection("CLI token variable")]
public sealed class ArchiveRoundTripTests(TwoServersFixture servers) : IClassFixture<TwoServersFixture>
{
    private const string SameId = "ex-normalised";

    [Fact]
    public async Task An_imported_exercise_has_the_same_review_and_html_report_as_the_original()
    {
        var archive = await servers.ExportAsync();

        using var imported = await servers.ImportAsync(archive);

        Assert.True(imported.StatusCode == HttpStatusCode.Created, await imported.Content.ReadAsStringAsync());
        var id = JsonDocument.Parse(await imported.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        Assert.NotEqual(servers.ExerciseId, id);
        Assert.Contains(id, await servers.TargetExercisesAsync());

        var originalReview = await servers.Source.Http.GetStringAsync($"/api/exercises/{servers.ExerciseId}/review");
        var importedReview = await servers.Target.Http.GetStringAsync($"/api/exercises/{id}/review");
        Assert.Equal(originalReview.Replace(servers.ExerciseId, SameId, StringComparison.Ordinal), importedReview.Replace(id, SameId, StringComparison.Ordinal));
        Assert.Contains("received g0", originalReview, StringComparison.Ordinal);

        var originalHtml = await servers.Source.Http.GetStringAsync($"/api/exercises/{servers.ExerciseId}/report?format=html");
        var importedHtml = await servers.Target.Http.GetStringAsync($"/api/exercises/{id}/report?format=html");
        Assert.Equal(originalHtml.Replace(servers.ExerciseId, SameId, StringComparison.Ordinal), importedHtml.Replace(id, SameId, StringComparison.Ordinal));

        // The target's library has no GNSS scenario: the embedded chart came in the archive.
        Assert.Contains("data:image/png;base64,", importedHtml, StringComparison.Ordinal);
        var events = await servers.Source.EventsAsync(servers.ExerciseId);
        Assert.Equal(events.Count, (await servers.Target.EventsAsync(id)).Count);
        Assert.Equal("ended", (await servers.Target.GetJsonAsync($"/api/exercises/{id}")).GetProperty("lifecycle").GetString());
    }

    [Fact]
    public async Task The_archive_lists_every_entry_with_its_hash_and_leaves_join_codes_out()
    {
        var code = await servers.Source.Http.PostAsync($"/api/exercises/{servers.ExerciseId}/codes", JsonContent("{\"team\":\"fi-aviation\"}"));
        var issued = JsonDocument.Parse(await code.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString()!;

        var archive = await servers.ExportAsync();

        using var zip = new ZipArchive(new MemoryStream(archive));
        var manifest = JsonNode.Parse(zip.GetEntry("manifest.json")!.Open())!;
        Assert.Equal("exerciseserver-exercise-archive", (string?)manifest["format"]);
        Assert.Equal(1, (int?)manifest["formatVersion"]);
        Assert.Equal(servers.ExerciseId, (string?)manifest["exerciseId"]);
        Assert.Equal(TwoServersFixture.ScenarioId, (string?)manifest["scenarioId"]);
        Assert.Equal((await servers.Source.EventsAsync(servers.ExerciseId)).Count, (int?)manifest["eventCount"]);
        Assert.Equal(
            ["events.jsonl", "manifest.json", "media/gnss-reports-per-hour.png", $"scenario/{TwoServersFixture.ScenarioId}.yaml"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var entry in manifest["entries"]!.AsArray())
        {
            using var bytes = new MemoryStream();
            zip.GetEntry((string)entry!["path"]!)!.Open().CopyTo(bytes);
            Assert.Equal((string?)entry["sha256"], Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes.ToArray())));
        }

        var everything = string.Join("\n", zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.DoesNotContain(issued, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ServerProcess.ApiToken, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_archive_is_refused_and_nothing_is_created()
    {
        var archive = await servers.ExportAsync();
        var before = await servers.TargetExercisesAsync();
        var media = servers.TargetMediaFolders();

        var refusal = await RefusedAsync(archive[..(archive.Length * 2 / 3)]);

        Assert.Contains("not a complete zip archive", refusal, StringComparison.Ordinal);
        Assert.Equal(before, await servers.TargetExercisesAsync());
        Assert.Equal(media, servers.TargetMediaFolders());
    }

    [Fact]
    public async Task A_tampered_log_is_refused_by_its_hash_and_nothing_is_created()
    {
        var archive = Rewrite(await servers.ExportAsync(), "events.jsonl", text => text.Replace("our duty officer is on it", "we did nothing at all", StringComparison.Ordinal));
        var before = await servers.TargetExercisesAsync();

        var refusal = await RefusedAsync(archive);

        Assert.Contains("'events.jsonl' does not match its SHA-256 in the manifest", refusal, StringComparison.Ordinal);
        Assert.Equal(before, await servers.TargetExercisesAsync());
    }

    [Fact]
    public async Task A_foreign_format_or_a_newer_version_is_refused()
    {
        var archive = await servers.ExportAsync();
        var foreign = Rewrite(archive, "manifest.json", text => text.Replace("exerciseserver-exercise-archive", "someone-elses-archive", StringComparison.Ordinal));
        var newer = Rewrite(archive, "manifest.json", text => text.Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal));
        var before = await servers.TargetExercisesAsync();

        Assert.Contains("not an exercise archive", await RefusedAsync(foreign), StringComparison.Ordinal);
        Assert.Contains("format version 2, written by a newer server", await RefusedAsync(newer), StringComparison.Ordinal);
        Assert.Equal(before, await servers.TargetExercisesAsync());
    }

    [Fact]
    public async Task A_log_that_replays_to_another_state_than_the_exported_one_is_refused()
    {
        var archive = await servers.ExportAsync();
        var otherEngine = Rewrite(archive, "manifest.json", text => text.Replace("\"stateSha256\": \"", "\"stateSha256\": \"0", StringComparison.Ordinal));

        // A log without its acknowledgements, renumbered, with every entry hash and count fixed in the manifest: it
        // passes the hashes, but replaying it no longer reaches the state the exporting server wrote down.
        var forged = Rewrite(archive, "events.jsonl", WithoutAcknowledgements, rehash: true);
        var before = await servers.TargetExercisesAsync();

        Assert.Contains("reaches a different state than on the server that exported it", await RefusedAsync(otherEngine), StringComparison.Ordinal);
        Assert.Contains("reaches a different state than on the server that exported it", await RefusedAsync(forged), StringComparison.Ordinal);
        Assert.Equal(before, await servers.TargetExercisesAsync());
    }

    [Fact]
    public async Task The_cli_exports_to_a_file_and_imports_it_and_refuses_a_bad_file_with_a_message()
    {
        Environment.SetEnvironmentVariable(ReportVerb.TokenVariable, ServerProcess.ApiToken);
        var folder = Directory.CreateTempSubdirectory("archive-cli-").FullName;
        var file = Path.Combine(folder, "exercise.zip");

        var exported = await VerbRunner.Run("archive", "export", servers.ExerciseId, "-o", file, "--server", Url(servers.Source));
        Assert.True(exported.Exit == ExitCodes.Success, exported.Error);
        Assert.Equal([file], Directory.GetFiles(folder));

        var imported = await VerbRunner.Run("archive", "import", file, "--server", Url(servers.Target));
        Assert.True(imported.Exit == ExitCodes.Success, imported.Error);
        var id = imported.Output.Trim().Replace("imported as ", "", StringComparison.Ordinal);
        Assert.Contains(id, await servers.TargetExercisesAsync());

        var before = await servers.TargetExercisesAsync();
        var bytes = await File.ReadAllBytesAsync(file);
        var cut = Path.Combine(folder, "cut.zip");
        await File.WriteAllBytesAsync(cut, bytes[..(bytes.Length / 2)]);
        var refused = await VerbRunner.Run("archive", "import", cut, "--server", Url(servers.Target));
        Assert.Equal(ExitCodes.Failed, refused.Exit);
        Assert.Contains("error: the server answered 422: the file is not a complete zip archive", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, await servers.TargetExercisesAsync());

        var missing = await VerbRunner.Run("archive", "import", Path.Combine(folder, "no-such.zip"), "--server", Url(servers.Target));
        Assert.Equal(ExitCodes.Failed, missing.Exit);
        Assert.Contains("error: cannot read", missing.Error, StringComparison.Ordinal);

        var unknownExercise = await VerbRunner.Run("archive", "export", "ex-nothing", "-o", Path.Combine(folder, "nothing.zip"), "--server", Url(servers.Source));
        Assert.Equal(ExitCodes.Failed, unknownExercise.Exit);
        Assert.Contains("404", unknownExercise.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "nothing.zip")));
    }

    [Fact]
    public async Task Archives_are_for_control_only_and_a_running_exercise_is_not_exported()
    {
        using var anonymous = new HttpClient { BaseAddress = servers.Source.Http.BaseAddress };
        var content = new ByteArrayContent(await servers.ExportAsync());
        content.Headers.ContentType = new("application/zip");
        var created = await servers.Source.Http.PostAsync("/api/exercises", JsonContent("{\"scenarioId\":\"quickstart\"}"));
        var running = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        (await servers.Source.Http.PostAsync($"/api/exercises/{running}/start", null)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/exercises/{servers.ExerciseId}/archive")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/exercises/import", content)).StatusCode);
        using var refused = await servers.Source.Http.GetAsync($"/api/exercises/{running}/archive");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("pause or end it", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var form = await servers.Target.Http.PostAsync("/api/exercises/import", new StringContent("x", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
    }

    [Theory]
    [InlineData("archive")]
    [InlineData("archive", "frobnicate")]
    [InlineData("archive", "export", "ex-1", "-o", "x.zip", "--server", "http://127.0.0.1:1", "--bogus")]
    [InlineData("archive", "import", "x.zip", "--server", "http://127.0.0.1:1", "--format", "tar")]
    [InlineData("archive", "export", "ex-1", "--server", "http://127.0.0.1:1")]
    [InlineData("archive", "import", "x.zip")]
    public async Task Unknown_or_missing_archive_options_print_usage_and_exit_2(params string[] args)
    {
        Assert.True(CommandLineVerbs.IsVerb(args));

        var (exit, _, error) = await VerbRunner.Run(args);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("Run with --help", error, StringComparison.Ordinal);
    }

    private async Task<string> RefusedAsync(byte[] archive)
    {
        using var response = await servers.ImportAsync(archive);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, body);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!;
    }

    /// <summary>The archive with one entry's text changed; with <paramref name="rehash"/> the manifest's hashes and counts follow.</summary>
    private static byte[] Rewrite(byte[] archive, string path, Func<string, string> change, bool rehash = false)
    {
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var zip = new ZipArchive(new MemoryStream(archive)))
        {
            foreach (var entry in zip.Entries)
            {
                using var bytes = new MemoryStream();
                entry.Open().CopyTo(bytes);
                entries[entry.FullName] = bytes.ToArray();
            }
        }

        entries[path] = Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(entries[path])));
        if (rehash)
        {
            var manifest = JsonNode.Parse(entries["manifest.json"])!;
            var events = Encoding.UTF8.GetString(entries["events.jsonl"]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            manifest["eventCount"] = events.Length;
            manifest["lastSeq"] = events.Length;
            foreach (var entry in manifest["entries"]!.AsArray())
            {
                var bytes = entries[(string)entry!["path"]!];
                entry["bytes"] = bytes.Length;
                entry["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            }

            entries["manifest.json"] = Encoding.UTF8.GetBytes(manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    /// <summary>The log without its acknowledgements, numbered 1…n again.</summary>
    private static string WithoutAcknowledgements(string log)
    {
        var kept = log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).Where(e => (string?)e["type"] != "inject-acknowledged").ToList();
        Assert.True(kept.Count < log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, "the played exercise has no acknowledgement to take out");
        for (var i = 0; i < kept.Count; i++)
        {
            kept[i]["seq"] = i + 1;
        }

        return string.Join("", kept.Select(e => e.ToJsonString() + "\n"));
    }

    private static StringContent JsonContent(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Url(ServerProcess server) => $"http://127.0.0.1:{server.Port}";
}
