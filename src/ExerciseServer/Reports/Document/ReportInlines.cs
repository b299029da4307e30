using ExerciseServer.Core.Review;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Reports.Document;

/// <summary>
/// The pieces of text both formats show the same way, written once: a status, a rating, a rating scale, a moment.
/// </summary>
internal static class ReportInlines
{
    /// <summary>The one place a report writes a status: missed stands out, met is ticked, the rest in words.</summary>
    public static ReportInline Status(string status) => status switch
    {
        "missed" => ReportInline.Alert(status, "✗ missed"),
        "met" => ReportInline.Badge(status, "✓ met"),
        _ => ReportInline.Badge(status, ReportText.Words(status)),
    };

    /// <summary>A status the review carries as its enum, written as its word.</summary>
    public static ReportInline Status<TStatus>(TStatus status)
        where TStatus : struct, Enum => Status(StatusWords.Of(status));

    /// <summary>A timeline entry's kind; a missed action stands out like a missed status.</summary>
    public static ReportInline TimelineKind(string kind) =>
        kind == "action-missed" ? ReportInline.Alert(kind, ReportText.Words(kind)) : ReportInline.Badge(kind, ReportText.Words(kind));

    /// <summary>
    /// <c>S Performed with some challenges · Eva · Mon 12 Jan 07:09 UTC+02:00 (T+9m)</c> and the note under it, or
    /// "not rated": who rated, and when as every other moment of the report (and as findings write it).
    /// </summary>
    public static IReadOnlyList<ReportInline> Rating(ExerciseReview review, RatingReview? rating)
    {
        if (rating is null)
        {
            return [ReportInline.None("not rated")];
        }

        var parts = new List<ReportInline>
        {
            new(InlineKind.Rating, rating.Rating, rating.Label),
            ReportInline.Plain($" {rating.Label} "),
            ReportInline.Muted($"· {rating.By} · {ReportText.When(review, rating.GameTime)}"),
        };
        if (rating.Note is { Length: > 0 } note)
        {
            parts.Add(ReportInline.Note(note));
        }

        return parts;
    }

    /// <summary><c>P Performed without challenges · S …</c>, each code strong.</summary>
    public static IReadOnlyList<ReportInline> Scale(IReadOnlyList<RatingScaleLevel> scale) =>
        Joined(scale.Select(l => (IReadOnlyList<ReportInline>)[ReportInline.Strong(l.Code), ReportInline.Plain($" {l.Label}")]), " · ");

    /// <summary>True when every objective is rated on the same scale, so the report shows it once.</summary>
    public static bool OneScale(IReadOnlyList<ObjectiveReview> objectives) =>
        objectives.Select(o => string.Join('|', o.Scale.Select(l => l.Code + "=" + l.Label))).Distinct(StringComparer.Ordinal).Count() == 1;

    public static ReportInline When(ExerciseReview review, TimeSpan? gameTime) => ReportInline.Time(ReportText.When(review, gameTime));

    /// <summary>Texts a person wrote, one under the other; <paramref name="none"/> when there are none.</summary>
    public static IReadOnlyList<ReportInline> Lines(IReadOnlyList<string> texts, ReportInline none) =>
        texts.Count == 0 ? [none] : Joined(texts.Select(t => (IReadOnlyList<ReportInline>)[ReportInline.Multiline(t)]), null);

    /// <summary>Parts one after the other, with plain text between them, or a line break when <paramref name="separator"/> is null.</summary>
    public static IReadOnlyList<ReportInline> Joined(IEnumerable<IReadOnlyList<ReportInline>> parts, string? separator)
    {
        var joined = new List<ReportInline>();
        foreach (var part in parts)
        {
            if (joined.Count > 0)
            {
                joined.Add(separator is null ? ReportInline.Break : ReportInline.Plain(separator));
            }

            joined.AddRange(part);
        }

        return joined;
    }

    /// <summary>A list, or "None recorded." when there is nothing to list.</summary>
    public static ReportBlock ListOrNone(IEnumerable<IReadOnlyList<ReportInline>> items, string? style = null)
    {
        var list = items.ToList();
        return list.Count == 0 ? ReportParagraph.NoneRecorded : new ReportList(list, style);
    }

    /// <summary>A table, or "None recorded." when it would have no rows.</summary>
    public static ReportBlock TableOrNone(IReadOnlyList<string> headers, IEnumerable<ReportRow> rows, string? style = null)
    {
        var list = rows.ToList();
        return list.Count == 0 ? ReportParagraph.NoneRecorded : new ReportTable(headers, list, style);
    }

    public static ReportRow Row(params IReadOnlyList<ReportInline>[] cells) => new(cells);

    public static ReportRow MarkedRow(string? mark, params IReadOnlyList<ReportInline>[] cells) => new(cells, mark);
}
