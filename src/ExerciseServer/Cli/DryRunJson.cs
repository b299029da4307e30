using System.Text.Json;
using ExerciseServer.Core.DryRun;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Cli;

/// <summary>
/// <c>simulate --format json</c>. One rule for time in the document, as in the scenario guide: a moment is
/// <c>{ "offset": "7m", "storyTime": "2026-01-12T07:07:00+02:00" }</c> (the game offset in the one duration format
/// and the story clock as ISO 8601 with the story's UTC offset); a span (an interval, the time an action took) is a
/// string in the one duration format. Both parse back with the rules of the scenario's own durations.
/// </summary>
public static class DryRunJson
{
    public static string Write(IReadOnlyList<DryRunReport> reports, ScenarioClock clock) =>
        JsonSerializer.Serialize(
            reports.Count == 1
                ? Report(reports[0], clock)
                : new
                {
                    runs = reports.Select(r => Report(r, clock)),
                    coverage = SimulateVerb.Coverage(reports).Select(c => new { inject = c.Inject, firedBy = c.FiredBy, reason = c.Reason }),
                },
            DryRunReportWriter.JsonOptions);

    /// <summary>A moment of the run: where it is in game time and what the story clock reads then.</summary>
    public static object Moment(ScenarioClock clock, TimeSpan offset) =>
        new { offset = DurationFormat.Format(offset), storyTime = StoryClock.FormatIso(clock, offset) };

    private static object Report(DryRunReport report, ScenarioClock clock) => new
    {
        scenarioId = report.ScenarioId,
        policy = report.Policy,
        seed = report.Seed,
        endedAt = Moment(clock, report.EndedAt),
        endReason = report.EndReason,
        eventCount = report.EventCount,
        timeline = report.Timeline.Select(e => new { at = Moment(clock, e.At), kind = e.Kind, text = e.Text }),
        fired = report.Fired.Select(f => new { id = f.Id, number = f.Number, at = Moment(clock, f.At), title = f.Title, recipients = f.Recipients }),
        notFired = report.NotFired,
        sectors = report.Sectors.Select(s => new
        {
            id = s.Id,
            name = s.Name,
            worst = s.Worst,
            worstAt = Moment(clock, s.WorstAt),
            worstState = s.WorstState,
            final = s.Final,
            finalState = s.FinalState,
        }),
        expectedActions = report.ExpectedActions.Select(a => new
        {
            id = a.Id,
            team = a.Team,
            inject = a.Inject,
            status = a.Status,
            after = a.After is { } after ? DurationFormat.Format(after) : null,
        }),
        decisions = report.Decisions.Select(d => new
        {
            id = d.Id,
            team = d.Team,
            option = d.Option,
            at = d.At is { } at ? Moment(clock, at) : null,
            byDefault = d.ByDefault,
        }),
        sectorSeries = new
        {
            sectors = report.SectorSeries.Sectors,
            interval = DurationFormat.Format(report.SectorSeries.Interval),
            samples = report.SectorSeries.Samples.Select(s => new { at = Moment(clock, s.At), inoperability = s.Inoperability }),
        },
    };
}
