using System.CommandLine;
using System.Text.Json;
using ExerciseServer.Core.DryRun;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Scenarios;

namespace ExerciseServer.Cli;

/// <summary>
/// <c>simulate &lt;scenario&gt; --policy first-option|never-respond|random|all|&lt;policy-file&gt;</c>: plays the whole
/// exercise headless at full speed and reports the timeline, coverage, sectors, expected actions and decisions.
/// </summary>
public static class SimulateVerb
{
    public static readonly string[] BuiltInPolicies = ["first-option", "never-respond", "random"];

    /// <summary>How many random runs (seeds N, N+1, ...) <c>--policy all</c> adds to the two fixed ones.</summary>
    public const int RandomRunsInAll = 5;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file to play." };
        var policy = new Option<string[]>("--policy")
        {
            Description = "How the teams play: first-option, never-respond, random, all (first-option, never-respond and five random seeds), or a policy file. Repeat it to combine runs; several runs report their combined coverage.",
            DefaultValueFactory = _ => ["first-option"],
            Arity = ArgumentArity.OneOrMore,
        };
        var seed = new Option<int>("--seed") { Description = "Seed for the random policy.", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format")
        {
            Description = "text; json (the whole report with the sectors' curves; problems in the scenario as a JSON document too); or csv (the sectors' curves, a row per sample).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var command = new Command("simulate", "Dry-run a scenario headless: timeline, coverage, sector outcomes, expected actions met or missed.")
        {
            scenario, policy, seed, format,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var chosenFormat = parsed.GetValue(format);
            var index = chosenFormat == "json"
                ? await ScenarioArgument.LoadPlayableAsJsonAsync(parsed.GetRequiredValue(scenario), output, cancellationToken)
                : await ScenarioArgument.LoadPlayableAsync(parsed.GetRequiredValue(scenario), error, cancellationToken);
            if (index is null)
            {
                return File.Exists(parsed.GetRequiredValue(scenario)) ? ExitCodes.Failed : ExitCodes.UsageError;
            }

            var runs = new List<(string Name, int Seed)>();
            foreach (var policyName in parsed.GetValue(policy)!)
            {
                runs.AddRange(policyName == "all"
                    ? [("first-option", 0), ("never-respond", 0), .. Enumerable.Range(parsed.GetValue(seed), RandomRunsInAll).Select(s => ("random", s))]
                    : [(policyName, parsed.GetValue(seed))]);
            }

            var reports = new List<DryRunReport>();
            foreach (var (name, runSeed) in runs)
            {
                var built = await CreatePolicyAsync(name, runSeed, index, chosenFormat == "json" ? output : null, error, cancellationToken);
                if (built.Policy is null)
                {
                    return built.ExitCode;
                }

                reports.Add(DryRunner.Run(index, built.Policy));
            }

            if (chosenFormat == "csv")
            {
                await output.WriteAsync(SectorSeriesCsv.Write(reports, index.Scenario.Clock));
            }
            else if (chosenFormat == "json")
            {
                await output.WriteLineAsync(DryRunJson.Write(reports, index.Scenario.Clock));
            }
            else if (reports.Count == 1)
            {
                await DryRunReportWriter.WriteAsync(reports[0], output);
            }
            else
            {
                foreach (var report in reports)
                {
                    await DryRunReportWriter.WriteSummaryAsync(report, output);
                }

                await DryRunReportWriter.WriteCoverageAsync(reports, Coverage(reports), output);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Each inject with the policies whose run fired it; none means no built-in policy reaches it.</summary>
    public static IReadOnlyList<(string Inject, IReadOnlyList<string> FiredBy, string? Reason)> Coverage(IReadOnlyList<DryRunReport> reports)
    {
        // Sets, not scans: a 28,000-inject scenario over seven runs made the scans the whole cost of 'all'.
        var fired = reports.Select(r => r.Fired.Select(f => f.Id).ToHashSet(StringComparer.Ordinal)).ToList();
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unfired in reports[0].NotFired)
        {
            reasons.TryAdd(unfired.Id, unfired.Reason);
        }

        return [.. reports[0].Fired.Select(f => (f.Id, f.Number)).Concat(reports[0].NotFired.Select(n => (n.Id, n.Number))).OrderBy(x => x.Number)
            .Select(x => (x.Id,
                (IReadOnlyList<string>)[.. reports.Where((_, r) => fired[r].Contains(x.Id)).Select(r => r.Policy)],
                fired.All(f => !f.Contains(x.Id)) ? reasons[x.Id] : null))];
    }

    /// <summary>
    /// The policy for one run. With <paramref name="json"/> (for <c>--format json</c>) a problem is the same JSON
    /// document an invalid scenario gives, on standard output, so a tool gets JSON whatever went wrong.
    /// </summary>
    private static async Task<(ResponsePolicy? Policy, int ExitCode)> CreatePolicyAsync(string name, int seed, Core.Engine.ScenarioIndex index, TextWriter? json, TextWriter error, CancellationToken cancellationToken)
    {
        switch (name)
        {
            case "first-option":
                return (new FirstOptionPolicy(), 0);
            case "never-respond":
                return (new NeverRespondPolicy(), 0);
            case "random":
                return (new RandomPolicy(seed), 0);
        }

        if (!File.Exists(name))
        {
            var message = $"'{name}' is neither a built-in policy ({string.Join(", ", BuiltInPolicies)}, all) nor a policy file";
            await (json is null
                ? error.WriteLineAsync($"error: {message}")
                : json.WriteLineAsync(ValidationReport.ErrorJson(message)));
            return (null, ExitCodes.UsageError);
        }

        var (script, diagnostics) = PolicyFileReader.Read(name, await File.ReadAllTextAsync(name, cancellationToken), index.Scenario);
        if (json is not null)
        {
            // Only problems go out: a good policy file's output is the report itself.
            if (script is null)
            {
                await json.WriteLineAsync(new ValidationReport([new ScenarioLoadResult(name, null, diagnostics)]).ToJson());
            }
        }
        else
        {
            foreach (var diagnostic in diagnostics)
            {
                await error.WriteLineAsync(diagnostic.ToString());
            }
        }

        var policyName = Path.GetFileNameWithoutExtension(name);
        return script is null ? (null, ExitCodes.Failed) : (new ScriptedPolicy(policyName.EndsWith(".policy", StringComparison.Ordinal) ? policyName[..^7] : policyName, script), 0);
    }
}
