using System.CommandLine;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Scenarios.Graphs;

namespace ExerciseServer.Cli;

/// <summary>
/// <c>graph &lt;scenario&gt;</c>: one diagram, as one Mermaid or DOT document that renders as it is: the inject flow
/// (default), the sector dependencies (<c>--sectors</c>) or the engine's state machines (<c>--machines</c>). The
/// machines are the engine's, the same for every scenario, so <c>graph --machines</c> needs no scenario file.
/// </summary>
public static class GraphVerb
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string?>("scenario")
        {
            Description = "The scenario file (not needed with --machines).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format") { Description = "mermaid (for Markdown) or dot (for Graphviz).", DefaultValueFactory = _ => "mermaid" };
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var sectors = new Option<bool>("--sectors") { Description = "The sector dependency diagram (weights and types) instead of the inject flow." };
        var machines = new Option<bool>("--machines") { Description = "The engine's state machines (exercise, inject, sector) instead of the inject flow." };
        var command = new Command("graph", "Print one diagram: the inject flow with phase lanes and story times, the sector dependencies (--sectors) or the engine's state machines (--machines, no scenario needed).")
        {
            scenario, format, sectors, machines,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (parsed.GetValue(sectors) && parsed.GetValue(machines))
            {
                await error.WriteLineAsync("error: give --sectors or --machines, not both: each is one diagram");
                return ExitCodes.UsageError;
            }

            var dot = parsed.GetValue(format) == "dot";
            var path = parsed.GetValue(scenario);
            if (path is not null && path.StartsWith('-'))
            {
                await error.WriteLineAsync($"error: unknown option '{path}'; graph takes --format mermaid|dot, --sectors and --machines");
                return ExitCodes.UsageError;
            }

            if (parsed.GetValue(machines))
            {
                // A scenario given anyway is not read, but a path that names nothing is still a mistyped command line.
                if (path is not null && !File.Exists(path))
                {
                    await error.WriteLineAsync($"error: '{path}' is not a scenario file (graph --machines needs none)");
                    return ExitCodes.UsageError;
                }

                await output.WriteAsync(dot ? MachineDiagram.ToDot() : MachineDiagram.ToMermaid());
                return ExitCodes.Success;
            }

            if (path is null)
            {
                await error.WriteLineAsync("error: graph needs a scenario file, except with --machines (the engine's state machines)");
                return ExitCodes.UsageError;
            }

            var index = await ScenarioArgument.LoadPlayableAsync(path, error, cancellationToken);
            if (index is null)
            {
                return File.Exists(path) ? ExitCodes.Failed : ExitCodes.UsageError;
            }

            await output.WriteAsync(parsed.GetValue(sectors)
                ? dot ? SectorGraph.ToDot(index.Scenario) : SectorGraph.ToMermaid(index.Scenario)
                : dot ? InjectFlowGraph.ToDot(index.Scenario) : InjectFlowGraph.ToMermaid(index.Scenario));
            return ExitCodes.Success;
        });
        return command;
    }
}
