using ExerciseServer.Core.Scenarios;
using ExerciseServer.Hosting;

namespace ExerciseServer.Cli;

/// <summary>
/// The command line that starts the server: settings only, in configuration's forms (<c>--Key value</c>,
/// <c>--Key=value</c>, <c>Key=value</c>; not the Windows <c>/Key</c>, which reads like a path here). Configuration would skip what it cannot read and keep
/// keys nobody reads, so the server would start on its defaults after a typo; here every argument must be a setting
/// the server reads (<see cref="ServerSettingNames"/>) with a value, or the start is refused with usage (exit 2).
/// </summary>
public static class ServerArguments
{
    /// <summary>What is wrong with <paramref name="args"/>, one line each; empty when the server may start.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<string> args)
    {
        var problems = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var prefix = arg.StartsWith("--", StringComparison.Ordinal) ? "--" : arg.StartsWith('-') ? "-" : "";
            var separator = arg.IndexOf('=', StringComparison.Ordinal);
            if (prefix == "-")
            {
                problems.Add($"unknown option '{arg}'; server settings are written --Key value or --Key=value");
                continue;
            }

            if (prefix.Length == 0 && separator < 0)
            {
                problems.Add($"unexpected '{arg}'; server settings are written --Key value or --Key=value, and a verb comes first");
                continue;
            }

            var key = separator < 0 ? arg[prefix.Length..] : arg[prefix.Length..separator];
            if (key.Length == 0)
            {
                problems.Add($"'{arg}' names no setting");
                continue;
            }

            // A host's configuration passed on as arguments (as the test host does) names its sections too, without a value.
            var emptySection = separator == arg.Length - 1 && ServerSettingNames.IsSection(key);
            if (!emptySection && !ServerSettingNames.IsKnown(key))
            {
                var meant = DidYouMean.Suggest(key, ServerSettingNames.Keys) is { } suggestion ? $"; did you mean '{prefix}{suggestion}'?" : "";
                problems.Add($"unknown setting '{prefix}{key}'{meant}");
            }

            if (separator < 0 && ++i >= args.Count)
            {
                problems.Add($"'{arg}' has no value; write {arg} VALUE or {arg}=VALUE");
            }
        }

        return problems;
    }

    /// <summary>The problems, how a start is written and which settings there are.</summary>
    public static void WriteRefusal(IReadOnlyList<string> problems, TextWriter error)
    {
        foreach (var problem in problems)
        {
            error.WriteLine($"error: {problem}");
        }

        error.WriteLine("""
            usage: ExerciseServer [--Key value | --Key=value ...]   start the server with these settings
                   ExerciseServer VERB ...                           run a verb; --help lists them
            """);
        error.WriteLine($"settings: {string.Join(", ", ServerSettingNames.Keys)}");
        error.WriteLine($"and any key below {string.Join(", ", ServerSettingNames.OpenSections)}, or starting {ServerSettingNames.OtelPrefix} (README.md, \"Running the server\")");
    }
}
