using ExerciseServer.Reports;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Tests.Reports;

/// <summary>Writes the scripted run's exports to test-artifacts/reports/ so a person can open and print them.</summary>
public sealed class SampleReportTests
{
    [Theory]
    [InlineData(ReportFormat.Html, "sample-report.html")]
    [InlineData(ReportFormat.Markdown, "sample-report.md")]
    [InlineData(ReportFormat.Csv, "sample-msel.csv")]
    public async Task A_sample_is_written_for_people_to_open(ReportFormat format, string fileName)
    {
        var text = await ScriptedExercise.RenderAsync(format);
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "test-artifacts", "reports")).FullName;
        var file = Path.Combine(folder, fileName);

        await File.WriteAllTextAsync(file, text, TestContext.Current.CancellationToken);

        Assert.True(new FileInfo(file).Length > 1_000);
    }
}
