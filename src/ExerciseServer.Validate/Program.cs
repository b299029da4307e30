using System.CommandLine;
using ExerciseServer.Cli;

// exercise-validate FILE-OR-FOLDER... [--format text|json] [--warnings-as-errors]: the server's validate verb, the same
// code and the same output, exit codes as ExitCodes says.
return await CommandInvocation.RunAsync(
    writer => ValidateVerb.Configure(new RootCommand($"exercise-validate: {ValidateVerb.Description}"), writer, Console.Error),
    args, Console.Out, Console.Error);
