using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ExerciseServer.Core.DryRun;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Cli;

/// <summary>Prints a dry run for a trainer: what happened when, what never fired and why, and how it ended.</summary>
public static class DryRunReportWriter
{
    public static readonly JsonSerializerOptions JsonOptions = WireJson.Apply(new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static async Task WriteAsync(DryRunReport report, TextWriter output)
    {
        await WriteSummaryAsync(report, output);
        await output.WriteLineAsync();
        await output.WriteLineAsync("Timeline");
        foreach (var entry in report.Timeline)
        {
            await output.WriteLineAsync($"  {Time(report.Clock, entry.At)} {entry.Kind,-10} {entry.Text}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"Coverage: {report.Fired.Count} of {report.Fired.Count + report.NotFired.Count} injects fired");
        foreach (var unfired in report.NotFired)
        {
            await output.WriteLineAsync($"  not fired  #{unfired.Number} {unfired.Id}: {unfired.Reason}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("Sectors (worst, final)");
        foreach (var sector in report.Sectors)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {sector.Id,-12} worst {sector.Worst:0.000} at {Time(report.Clock, sector.WorstAt)} ({sector.WorstState}); final {sector.Final:0.000} ({sector.FinalState})"));
        }

        await output.WriteLineAsync();
        var met = report.ExpectedActions.Count(a => a.Status == "met");
        var missed = report.ExpectedActions.Count(a => a.Status == "missed");
        await output.WriteLineAsync($"Expected actions: {met} met, {missed} missed, {report.ExpectedActions.Count - met - missed} not judged");
        foreach (var action in report.ExpectedActions)
        {
            var timing = action.After is { } after ? $" after {DurationFormat.Format(after)}" : "";
            await output.WriteLineAsync($"  {action.Status,-10} {action.Id} ({action.Team}, inject {action.Inject}){timing}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("Decisions");
        foreach (var decision in report.Decisions)
        {
            var chosen = decision.Option is null ? "not taken" : $"{decision.Option} at {Time(report.Clock, decision.At!.Value)}{(decision.ByDefault ? " (default)" : "")}";
            await output.WriteLineAsync($"  {decision.Id,-28} {decision.Team,-14} {chosen}");
        }
    }

    public static async Task WriteSummaryAsync(DryRunReport report, TextWriter output)
    {
        var seed = report.Seed is { } s ? $" (seed {s})" : "";
        await output.WriteLineAsync($"{report.ScenarioId} with policy {report.Policy}{seed}: ended at {Time(report.Clock, report.EndedAt)} — {report.EndReason}; {report.EventCount} events; {report.Fired.Count} injects fired, {report.NotFired.Count} not; {report.ExpectedActions.Count(a => a.Status == "met")} expected actions met, {report.ExpectedActions.Count(a => a.Status == "missed")} missed");
    }

    public static async Task WriteCoverageAsync(IReadOnlyList<DryRunReport> reports, IReadOnlyList<(string Inject, IReadOnlyList<string> FiredBy, string? Reason)> coverage, TextWriter output)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync($"Coverage over {string.Join(", ", reports.Select(Name))}: {coverage.Count(c => c.FiredBy.Count > 0)} of {coverage.Count} injects fired in some run");
        foreach (var (inject, firedBy, reason) in coverage)
        {
            await output.WriteLineAsync(firedBy.Count > 0 ? $"  {inject,-32} {string.Join(", ", firedBy.Distinct())}" : $"  {inject,-32} NEVER: {reason}");
        }
    }

    private static string Name(DryRunReport report) => report.Seed is { } seed ? $"{report.Policy} {seed}" : report.Policy;

    /// <summary>Story time with the game offset, the one format of every output: "Mon 12 Jan 07:05 UTC+02:00 (T+5m)".</summary>
    private static string Time(ScenarioClock? clock, TimeSpan t) => clock is null ? StoryClock.GameOffset(t) : StoryClock.FormatWithOffset(clock, t);
}
