using ExerciseServer.Cli;
using ExerciseServer.Hosting;

// A verb (validate, schema, ...) runs the authoring command line; anything else starts the server.
if (CommandLineVerbs.IsVerb(args))
{
    return await CommandLineVerbs.RunAsync(args, Console.Out, Console.Error);
}

// Anything else is server settings, and each must be one the server reads: a typo never starts it on its defaults.
if (ServerArguments.Problems(args) is { Count: > 0 } problems)
{
    ServerArguments.WriteRefusal(problems, Console.Error);
    return ExitCodes.UsageError;
}

var app = ServerHost.Build(args);
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the host tests.</summary>
public partial class Program;
