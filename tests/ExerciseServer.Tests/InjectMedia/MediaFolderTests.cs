using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Media;
using ExerciseServer.Scenarios;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Tests.InjectMedia;

/// <summary>
/// Loading a scenario file checks the media its injects name against <c>&lt;scenario-id&gt;/media/</c> beside it:
/// each problem is a located error at the name, in file order with the rest.
/// </summary>
public sealed class MediaFolderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("media-folder-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Files_that_are_there_and_small_enough_load_without_a_diagnostic()
    {
        var file = Write("""
                media: [chart.png, call.mp3]

            """, ("chart.png", 100), ("call.mp3", 2000));

        var result = await ScenarioFiles.LoadAsync(file, TestContext.Current.CancellationToken);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["chart.png", "call.mp3"], result.Scenario!.Injects[0].Media.Select(m => m.Value));
    }

    [Fact]
    public async Task A_missing_file_is_ES320_at_its_name()
    {
        var file = Write("""
                media:
                  - chart.png
                  - Sitrep.pdf

            """, ("chart.png", 100), ("sitrep.pdf", 100));

        var result = await ScenarioFiles.LoadAsync(file, TestContext.Current.CancellationToken);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("ES320", new SourceLocation(file, Line("- Sitrep.pdf", file), 9)), (diagnostic.Code, diagnostic.Location));
        Assert.Contains("'Sitrep.pdf'", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_ES215_and_a_type_not_allowed_is_ES214()
    {
        var file = Write("""
                media: [video.png, notes.docx]

            """, ("video.png", MediaFiles.MaxBytes + 1), ("notes.docx", 100));

        var result = await ScenarioFiles.LoadAsync(file, TestContext.Current.CancellationToken);

        var line = Line("media:", file);
        Assert.Equal(
            [("ES215", new SourceLocation(file, line, 13)), ("ES214", new SourceLocation(file, line, 24))],
            result.Diagnostics.Select(d => (d.Code, d.Location)));
        Assert.All(result.Diagnostics, d => Assert.True(d.IsError));
    }

    [Fact]
    public void Only_allowed_names_of_files_that_are_there_are_found_for_serving()
    {
        var file = Write("", ("chart.png", 100), ("script.svg", 100));

        Assert.NotNull(MediaFolder.Find(file, "t", "chart.png"));
        Assert.Null(MediaFolder.Find(file, "t", "script.svg"));
        Assert.Null(MediaFolder.Find(file, "t", "../case.yaml"));
        Assert.Null(MediaFolder.Find(file, "t", "absent.png"));
    }

    private string Write(string mediaLines, params (string Name, long Bytes)[] files)
    {
        var media = Directory.CreateDirectory(Path.Combine(_folder.FullName, "t", "media"));
        foreach (var (name, bytes) in files)
        {
            using var stream = File.Create(Path.Combine(media.FullName, name));
            stream.SetLength(bytes);
        }

        var path = Path.Combine(_folder.FullName, "case.yaml");
        File.WriteAllText(path, TestScenarios.Minimal + mediaLines);
        return path;
    }

    private static int Line(string text, string file) =>
        File.ReadAllLines(file).Select((l, i) => (l, i)).First(x => x.l.Contains(text, StringComparison.Ordinal)).i + 1;
}
