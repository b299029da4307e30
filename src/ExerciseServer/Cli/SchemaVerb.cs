using System.CommandLine;
using System.Reflection;

namespace ExerciseServer.Cli;

/// <summary><c>schema</c>: prints the scenario JSON Schema, the same file editors read from <c>scenarios/</c>.</summary>
public static class SchemaVerb
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("schema", "Print the JSON Schema for scenario files.");
        command.SetAction(async (_, cancellationToken) =>
        {
            await output.WriteAsync(Read());
            await output.FlushAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    public static string Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("scenario.schema.json")
            ?? throw new InvalidOperationException("The scenario schema is not embedded in this build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
