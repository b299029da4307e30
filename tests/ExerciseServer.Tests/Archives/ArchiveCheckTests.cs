using System.Text;
using ExerciseServer.Core.Archives;

namespace ExerciseServer.Tests.Archives;

/// <summary>The pure manifest checks: format and version, and entries that must be exactly the listed ones, unchanged.</summary>
public sealed class ArchiveCheckTests
{
    private static readonly byte[] Scenario = Encoding.UTF8.GetBytes("id: demo\n");
    private static readonly byte[] Log = Encoding.UTF8.GetBytes("{}\n");

    [Fact]
    public void Matching_entries_pass()
    {
        Assert.Null(ArchiveCheck.Format(Manifest()));
        Assert.Null(ArchiveCheck.Entries(Manifest(), Files()));
    }

    [Fact]
    public void A_foreign_format_an_unknown_version_and_a_missing_field_are_refused()
    {
        Assert.Contains("this is not an exercise archive", ArchiveCheck.Format(Manifest() with { Format = "zip-of-something" }));
        Assert.Contains("written by a newer server (9.9.9)", ArchiveCheck.Format(Manifest() with { FormatVersion = 2, ServerVersion = "9.9.9" }));
        Assert.Contains("does not read", ArchiveCheck.Format(Manifest() with { FormatVersion = 0 }));
        Assert.Contains("lacks a required field", ArchiveCheck.Format(Manifest() with { StateSha256 = null! }));
        Assert.Contains("is empty", ArchiveCheck.Format(null));
    }

    [Fact]
    public void Changed_missing_unlisted_and_foreign_entries_are_refused()
    {
        var changed = Files();
        changed["events.jsonl"] = Encoding.UTF8.GetBytes("{ }\n");
        var missing = Files();
        missing.Remove("scenario/demo.yaml");
        var extra = Files();
        extra["media/extra.png"] = [1, 2, 3];

        Assert.Equal("'events.jsonl' does not match its SHA-256 in the manifest: the archive was changed or damaged", ArchiveCheck.Entries(Manifest(), changed));
        Assert.Equal("'scenario/demo.yaml' is listed in the manifest but missing from the archive", ArchiveCheck.Entries(Manifest(), missing));
        Assert.Equal("'media/extra.png' is in the archive but not in its manifest", ArchiveCheck.Entries(Manifest(), extra));
        Assert.Contains("not part of the format", ArchiveCheck.Entries(Manifest() with { Entries = [.. Manifest().Entries, new ArchiveEntry("../etc/passwd", 1, "00")] }, Files()));
        Assert.Contains("does not match the manifest's scenarioSha256", ArchiveCheck.Entries(Manifest() with { ScenarioSha256 = "00" }, Files()));
    }

    [Theory]
    [InlineData("manifest.json", true)]
    [InlineData("events.jsonl", true)]
    [InlineData("media/chart.png", true)]
    [InlineData("scenario/demo.yaml", true)]
    [InlineData("media/../../x.png", false)]
    [InlineData("media/sub/x.png", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("scenario/", false)]
    [InlineData("notes.txt", false)]
    public void Only_the_formats_plain_paths_are_known(string path, bool known) => Assert.Equal(known, ArchiveFormat.IsKnownPath(path));

    private static Dictionary<string, byte[]> Files() => new(StringComparer.Ordinal) { ["scenario/demo.yaml"] = Scenario, ["events.jsonl"] = Log };

    private static ArchiveManifest Manifest() => new(
        ArchiveFormat.Name, ArchiveFormat.Version, "1.0.0", DateTimeOffset.UnixEpoch, "ex-1", "Demo", "demo",
        "scenario/demo.yaml", ArchiveCheck.Sha256(Scenario), "events.jsonl", 1, 1, "ab",
        [new ArchiveEntry("scenario/demo.yaml", Scenario.Length, ArchiveCheck.Sha256(Scenario)), new ArchiveEntry("events.jsonl", Log.Length, ArchiveCheck.Sha256(Log))]);
}
