using ExerciseServer.Cli;

namespace ExerciseServer.Tests.Support;

/// <summary>Runs a command-line verb in process and captures what it prints.</summary>
public static class VerbRunner
{
    public static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLineVerbs.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
