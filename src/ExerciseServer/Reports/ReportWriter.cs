using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Review;

namespace ExerciseServer.Reports;

/// <summary>
/// Writes an exercise's after-action report in one of the <see cref="ReportFormat"/>s. Every write is asynchronous,
/// because the output is often an HTTP response body, where ASP.NET Core refuses synchronous I/O.
/// </summary>
public static class ReportWriter
{
    /// <param name="events">The exercise's event log; only the <see cref="ReportFormat.Json"/> export reads it.</param>
    /// <param name="images">Image media files by name, which the HTML report embeds; others show their names.</param>
    public static Task WriteAsync(TextWriter output, ReportFormat format, ExerciseReview review, IReadOnlyList<ExerciseEvent> events, CancellationToken cancellationToken = default,
        IReadOnlyDictionary<string, ReportImage>? images = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(events);
        return format switch
        {
            ReportFormat.Markdown => WriteTextAsync(output, MarkdownReportWriter.Render(review), cancellationToken),
            ReportFormat.Html => WriteTextAsync(output, HtmlReportWriter.Render(review, images), cancellationToken),
            ReportFormat.Json => EventLogWriter.WriteAsync(output, review.ToStoryClock(), events, cancellationToken),
            ReportFormat.Csv => WriteTextAsync(output, MselCsvWriter.Render(review), cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format."),
        };
    }

    private static async Task WriteTextAsync(TextWriter output, string text, CancellationToken cancellationToken) =>
        await output.WriteAsync(text.AsMemory(), cancellationToken);
}
