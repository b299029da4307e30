using ExerciseServer.Core.Review;
using static ExerciseServer.Reports.Document.ReportInline;
using static ExerciseServer.Reports.Document.ReportInlines;

namespace ExerciseServer.Reports.Document;

/// <summary>The report's last section: the MSEL table of injects and responses, then what the released scenario injects said.</summary>
internal static class InjectSection
{
    public static List<ReportBlock> Blocks(ExerciseReview review, ReviewLookup lookup)
    {
        var rows = MselCsvWriter.Rows(review);
        var blocks = new List<ReportBlock>();
        if (rows.Count == 0)
        {
            blocks.Add(ReportParagraph.NoneRecorded);
        }
        else
        {
            blocks.Add(new ReportParagraph([Plain("One row per inject and recipient team. Story time is the release, or the scheduled time of an inject not released; response time runs from the release to the team's first answer.")], ParagraphStyle.Note));
            blocks.Add(new ReportTable(
                ["No.", "Story time", "From", "To", "Channel", "Subject", "Expected action", "Response", "Response time", "Status"],
                rows.Select(r => Row(
                    [Plain($"#{ReportText.Count(r.Number)}")],
                    [When(review, r.GameTime)],
                    [Plain(r.From)],
                    [r.To.Length == 0 ? Plain(ReportText.Missing) : Hint(r.To, lookup.TeamName(r.To))],
                    [Plain(ReportText.Channel(r.Channel))],
                    [Plain(r.Subject)],
                    Lines(r.ExpectedActions, Plain(ReportText.Missing)),
                    Lines(r.Responses, None("no answer")),
                    [Time(ReportText.Duration(r.ResponseTime))],
                    [Status(r.Status)])).ToList(),
                "msel"));
        }

        // Injects written during play are left out: like everything typed during play, the report shows their text
        // only escaped, in the table above.
        var released = review.Injects.Where(i => i.ReleasedAt is not null && !i.AdHoc && (i.Body.Length > 0 || i.Media.Count > 0)).ToList();
        if (released.Count > 0)
        {
            blocks.Add(new ReportHeading(3, "What the injects said"));
            blocks.AddRange(released.Select(i => new ReportInjectText(i.Number, i.Title, i.Body, i.Media)));
        }

        return blocks;
    }
}
