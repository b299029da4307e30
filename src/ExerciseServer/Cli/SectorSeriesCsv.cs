using System.Globalization;
using System.Text;
using ExerciseServer.Core.DryRun;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Cli;

/// <summary>
/// <c>simulate --format csv</c>: the sectors' curves as RFC 4180 CSV, a row per sample: story time, offset, game
/// minute, then one column of inoperability per sector (ids as headers), ready for a spreadsheet chart.
/// </summary>
public static class SectorSeriesCsv
{
    public static string Write(IReadOnlyList<DryRunReport> reports, ScenarioClock clock)
    {
        var text = new StringBuilder();
        var several = reports.Count > 1;
        var sectors = reports[0].SectorSeries.Sectors;
        var header = (several ? new[] { "run" } : Array.Empty<string>()).Concat(["story_time", "offset", "minute"]).Concat(sectors);
        text.Append(string.Join(',', header.Select(Field))).Append("\r\n");
        foreach (var report in reports)
        {
            var run = report.Seed is { } seed ? $"{report.Policy} {seed}" : report.Policy;
            foreach (var sample in report.SectorSeries.Samples)
            {
                var row = (several ? new[] { run } : Array.Empty<string>())
                    .Concat([StoryClock.FormatIso(clock, sample.At), DurationFormat.Format(sample.At), sample.At.TotalMinutes.ToString("0.###", CultureInfo.InvariantCulture)])
                    .Concat(sample.Inoperability.Select(q => q.ToString("0.######", CultureInfo.InvariantCulture)));
                text.Append(string.Join(',', row.Select(Field))).Append("\r\n");
            }
        }

        return text.ToString();
    }

    /// <summary>RFC 4180 quoting, the same rule as the MSEL export.</summary>
    private static string Field(string value) => Reports.MselCsvWriter.Quote(value);
}
