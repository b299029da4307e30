using System.CommandLine;

namespace ExerciseServer.Cli;

/// <summary>
/// The authoring verbs on the server executable. Exit codes: 0 success, 1 the scenarios have errors,
/// 2 the command line itself is wrong (unknown option, missing path).
/// </summary>
public static class CommandLineVerbs
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    private static readonly string[] Verbs = ["validate", "schema", "simulate", "graph", "report", "msel", "archive", "help", "--help", "-h", "-?", "--version"];

    /// <summary>
    /// Whether the command line is for the verbs rather than the server: a known verb, or any other bare word, so a
    /// mistyped verb prints usage and exits 2 instead of starting the server. Server settings start with a dash
    /// (<c>--urls</c>, <c>--Storage:Path=…</c>) or are <c>key=value</c> pairs.
    /// </summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (Verbs.Contains(args[0], StringComparer.Ordinal) || (!args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal)));

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        // Console.Out flushes at every line; a dry run of a large scenario prints hundreds of thousands of lines, so
        // the verbs write standard output through a buffer that is flushed once, at the end.
        if (!ReferenceEquals(output, Console.Out))
        {
            return await RunVerbAsync(args, output, error);
        }

        var buffered = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        await using (buffered)
        {
            return await RunVerbAsync(args, buffered, error);
        }
    }

    private static async Task<int> RunVerbAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("ExerciseServer: run tabletop and crisis-simulation exercises, and check the scenarios they are built from.\nWith no verb, starts the server.");
        root.Subcommands.Add(ValidateVerb.Create(output, error));
        root.Subcommands.Add(SchemaVerb.Create(output, error));
        root.Subcommands.Add(SimulateVerb.Create(output, error));
        root.Subcommands.Add(GraphVerb.Create(output, error));
        root.Subcommands.Add(ReportVerb.Create(output, error));
        root.Subcommands.Add(MselVerb.Create(output, error));
        root.Subcommands.Add(ArchiveVerb.Create(output, error));
        if (args is ["help", .. var rest])
        {
            args = [.. rest, "--help"];
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}");
            }

            await error.WriteLineAsync("Run with --help to see the verbs and their options.");
            return UsageError;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
