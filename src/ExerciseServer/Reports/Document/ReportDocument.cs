using ExerciseServer.Core.Review;

namespace ExerciseServer.Reports.Document;

/// <summary>
/// The after-action report as one document, built once from the review by <see cref="ReportDocumentBuilder"/>: the
/// sections in order with their tables, lists and facts. The HTML and Markdown writers only mark it up.
/// <see cref="Review"/> stays with it for the charts, which draw from the review's numbers.
/// </summary>
internal sealed record ReportDocument(
    ExerciseReview Review,
    string Title,
    string Subtitle,
    IReadOnlyList<ReportSection> Sections,
    string Footer);
