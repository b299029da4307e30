using System.CommandLine;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Scenarios;

namespace ExerciseServer.Cli;

/// <summary><c>validate &lt;file-or-folder&gt;...</c>: checks scenarios and reports every problem as file:line:col.</summary>
public static class ValidateVerb
{
    public const string Description = "Check scenario files: shape, references, timing, the sector model, and lint warnings.";

    /// <summary>The <c>validate</c> verb of the server's command line.</summary>
    public static Command Create(TextWriter output, TextWriter error) => Configure(new Command("validate", Description), output, error);

    /// <summary>Gives <paramref name="command"/> validate's arguments, options and action; <c>exercise-validate</c> is its root command.</summary>
    public static TCommand Configure<TCommand>(TCommand command, TextWriter output, TextWriter error)
        where TCommand : Command
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Scenario files, or folders to search for *.yaml and *.yml.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "text (file:line:col: severity CODE: message) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Fail (exit 1) on warnings too.",
        };

        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(warningsAsErrors);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var json = parsed.GetValue(format) == "json";
            var files = new List<string>();
            foreach (var path in parsed.GetRequiredValue(paths))
            {
                if (path.StartsWith('-'))
                {
                    return await UsageErrorAsync($"unknown option '{path}'; validate takes --format text|json and --warnings-as-errors", json, output, error);
                }

                var found = ScenarioFiles.Expand(path);
                if (found.Count == 0)
                {
                    return await UsageErrorAsync(File.Exists(path) || Directory.Exists(path)
                        ? $"no *.yaml or *.yml scenario files under '{path}'"
                        : $"'{path}' is neither a file nor a folder", json, output, error);
                }

                files.AddRange(found);
            }

            var results = new List<ScenarioLoadResult>();
            foreach (var file in files.Distinct(StringComparer.Ordinal))
            {
                results.Add(await ScenarioFiles.LoadAsync(file, cancellationToken));
            }

            var report = new ValidationReport(results);
            if (json)
            {
                await output.WriteLineAsync(report.ToJson());
            }
            else
            {
                await report.WriteTextAsync(output);
            }

            var failed = report.Errors > 0 || (parsed.GetValue(warningsAsErrors) && report.Warnings > 0);
            return failed ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A wrong path or option: text on standard error, or with --format json the JSON error document on standard output.</summary>
    private static async Task<int> UsageErrorAsync(string message, bool json, TextWriter output, TextWriter error)
    {
        await (json
            ? output.WriteLineAsync(ValidationReport.ErrorJson(message))
            : error.WriteLineAsync($"error: {message}"));
        return ExitCodes.UsageError;
    }
}
