using System.Globalization;
using System.Text;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Reports;

/// <summary>
/// The injects and what each team did with them, in the columns of a master scenario events list (MSEL), as
/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, a quote or a line break. Times as in every
/// file other programs read: the story time as ISO 8601 with the story's UTC offset, the game time (offset from the
/// start) and the response time in the one duration format (<c>1h30m</c>).
/// </summary>
public static class MselCsvWriter
{
    public const string Header = "number,story time,game time,from,to,channel,subject,expected action,response,response time,status";

    /// <summary>Joins several expected actions or answers inside one cell.</summary>
    public const string Separator = " / ";

    /// <summary>One row per inject and recipient team, in MSEL order; one row with no team for an inject without recipient teams.</summary>
    public static IReadOnlyList<MselRow> Rows(ExerciseReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var rows = new List<MselRow>();
        foreach (var inject in review.Injects)
        {
            var at = inject.ReleasedAt ?? inject.ScheduledAt;
            if (inject.Recipients.Count == 0)
            {
                rows.Add(new MselRow(inject.Number, at, inject.From, "", inject.Channel, inject.Title, ActionsOf(review, inject, team: null), [], null, StatusWords.Of(inject.Status)));
                continue;
            }

            foreach (var recipient in inject.Recipients)
            {
                rows.Add(new MselRow(
                    inject.Number,
                    at,
                    inject.From,
                    recipient.Team,
                    inject.Channel,
                    inject.Title,
                    ActionsOf(review, inject, recipient.Team),
                    recipient.Responses,
                    recipient.ResponseTime,
                    TeamStatus(inject, recipient)));
            }
        }

        return rows;
    }

    internal static string Render(ExerciseReview review)
    {
        var csv = new StringBuilder();
        csv.Append(Header).Append("\r\n");
        var clock = review.ToStoryClock();
        foreach (var row in Rows(review))
        {
            string[] cells =
            [
                row.Number.ToString(CultureInfo.InvariantCulture),
                row.GameTime is { } at ? Core.Scenarios.StoryClock.FormatIso(clock, TimeSpan.FromSeconds(Math.Floor(at.TotalSeconds))) : "",
                Time(row.GameTime),
                Text(row.From),
                Text(row.To),
                Text(row.Channel),
                Text(row.Subject),
                Text(string.Join(Separator, row.ExpectedActions)),
                Text(string.Join(Separator, row.Responses)),
                Time(row.ResponseTime),
                Text(row.Status),
            ];
            csv.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>
    /// A spreadsheet runs a cell that starts like a formula (=, +, -, @, or a tab or CR before one), and player text
    /// is untrusted; a leading apostrophe makes it plain text.
    /// </summary>
    internal static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static string Time(TimeSpan? value) => value is { } t ? ReportText.Duration(t) : "";

    /// <summary>The inject's expected actions for one team, or all of them when the inject has no recipient team.</summary>
    private static List<string> ActionsOf(ExerciseReview review, InjectReview inject, string? team) =>
        [.. review.ExpectedActions.Where(a => a.InjectId == inject.Id && (team is null || a.Team == team)).Select(a => a.Action)];

    /// <summary>What this team did with the inject: answered, acknowledged, or else the inject's own status (released, expired, pending…).</summary>
    private static string TeamStatus(InjectReview inject, RecipientReview recipient) =>
        recipient.AnsweredAt is not null ? "answered"
        : recipient.AcknowledgedAt is not null ? "acknowledged"
        : StatusWords.Of(inject.Status);
}
