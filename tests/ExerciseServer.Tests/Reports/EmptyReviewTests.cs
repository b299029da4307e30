using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Review;
using ExerciseServer.Reports;

namespace ExerciseServer.Tests.Reports;

public sealed class EmptyReviewTests
{
    [Theory]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Markdown)]
    public async Task An_exercise_that_never_started_says_none_recorded_instead_of_leaving_sections_out(ReportFormat format)
    {
        var review = ReviewBuilder.Build(new ScenarioIndex(ScriptedExercise.Shared.Index.Scenario), "ex-empty", "Not yet run", []);
        await using var output = new StringWriter();

        await ReportWriter.WriteAsync(output, format, review, [], TestContext.Current.CancellationToken);

        var text = output.ToString();
        Assert.Contains("None recorded.", text, StringComparison.Ordinal);
        Assert.Contains("Injects and responses", text, StringComparison.Ordinal);
        Assert.Contains("not started", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_log_of_an_exercise_that_never_started_is_empty()
    {
        var review = ReviewBuilder.Build(ScriptedExercise.Shared.Index, "ex-empty", "Not yet run", []);
        await using var output = new StringWriter();

        await ReportWriter.WriteAsync(output, ReportFormat.Json, review, [], TestContext.Current.CancellationToken);

        Assert.Equal("", output.ToString());
    }
}
