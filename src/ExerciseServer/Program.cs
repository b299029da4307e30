using ExerciseServer.Cli;
using ExerciseServer.Hosting;

// A verb (validate, schema, ...) runs the authoring command line; anything else starts the server.
if (CommandLineVerbs.IsVerb(args))
{
    return await CommandLineVerbs.RunAsync(args, Console.Out, Console.Error);
}

var app = ServerHost.Build(args);
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the host tests.</summary>
public partial class Program;
