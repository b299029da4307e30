using System.CommandLine;

namespace ExerciseServer.Cli;

/// <summary>
/// The authoring verbs on the server executable; they end with <see cref="ExitCodes"/>.
/// </summary>
public static class CommandLineVerbs
{
    private static readonly string[] VerbNames = ["validate", "schema", "simulate", "graph", "report", "msel", "archive", "help", "--help", "-h", "-?", "--version"];

    /// <summary>
    /// Whether the command line is for the verbs rather than the server: a known verb, or any other bare word, so a
    /// mistyped verb prints usage and exits 2 instead of starting the server. Server settings start with a dash
    /// (<c>--urls</c>, <c>--Storage:Path=…</c>) or are <c>key=value</c> pairs.
    /// </summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (VerbNames.Contains(args[0], StringComparer.Ordinal) || (!args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal)));

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args is ["help", .. var rest])
        {
            args = [.. rest, "--help"];
        }

        return CommandInvocation.RunAsync(writer => Verbs(writer, error), args, output, error);
    }

    private static RootCommand Verbs(TextWriter output, TextWriter error) => new("ExerciseServer: run tabletop and crisis-simulation exercises, and check the scenarios they are built from.\nWith no verb, starts the server.")
    {
        ValidateVerb.Create(output, error),
        SchemaVerb.Create(output, error),
        SimulateVerb.Create(output, error),
        GraphVerb.Create(output, error),
        ReportVerb.Create(output, error),
        MselVerb.Create(output, error),
        ArchiveVerb.Create(output, error),
    };
}
