using System.CommandLine;

namespace ExerciseServer.Cli;

/// <summary>
/// Runs a parsed command line the same way for every authoring entry point: a wrong option or a missing path prints
/// what is wrong and exits 2 without running anything, and standard output is buffered.
/// </summary>
public static class CommandInvocation
{
    /// <param name="build">The command tree, given the writer its actions print to.</param>
    public static async Task<int> RunAsync(Func<TextWriter, RootCommand> build, string[] args, TextWriter output, TextWriter error)
    {
        // Console.Out flushes at every line; a dry run of a large scenario prints hundreds of thousands of lines, so
        // the verbs write standard output through a buffer that is flushed once, at the end.
        if (!ReferenceEquals(output, Console.Out))
        {
            return await InvokeAsync(build(output), args, output, error);
        }

        var buffered = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        await using (buffered)
        {
            return await InvokeAsync(build(buffered), args, buffered, error);
        }
    }

    private static async Task<int> InvokeAsync(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}");
            }

            await error.WriteLineAsync("Run with --help to see the verbs and their options.");
            return ExitCodes.UsageError;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
