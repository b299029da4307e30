using System.CommandLine;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Scenarios.Graphs;

namespace ExerciseServer.Cli;

/// <summary>
/// <c>graph &lt;scenario&gt;</c>: one diagram, as one Mermaid or DOT document that renders as it is: the inject flow
/// (default), the sector dependencies (<c>--sectors</c>) or the engine's state machines (<c>--machines</c>).
/// </summary>
public static class GraphVerb
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file." };
        var format = new Option<string>("--format") { Description = "mermaid (for Markdown) or dot (for Graphviz).", DefaultValueFactory = _ => "mermaid" };
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var sectors = new Option<bool>("--sectors") { Description = "The sector dependency diagram (weights and types) instead of the inject flow." };
        var machines = new Option<bool>("--machines") { Description = "The engine's state machines (exercise, inject, sector) instead of the inject flow." };
        var command = new Command("graph", "Print one diagram: the inject flow with phase lanes and story times, the sector dependencies (--sectors) or the state machines (--machines).")
        {
            scenario, format, sectors, machines,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (parsed.GetValue(sectors) && parsed.GetValue(machines))
            {
                await error.WriteLineAsync("error: give --sectors or --machines, not both: each is one diagram");
                return CommandLineVerbs.UsageError;
            }

            var index = await ScenarioArgument.LoadPlayableAsync(parsed.GetRequiredValue(scenario), error, cancellationToken);
            if (index is null)
            {
                return File.Exists(parsed.GetRequiredValue(scenario)) ? CommandLineVerbs.Failed : CommandLineVerbs.UsageError;
            }

            var dot = parsed.GetValue(format) == "dot";
            var document = (parsed.GetValue(sectors), parsed.GetValue(machines)) switch
            {
                (true, _) => dot ? SectorGraph.ToDot(index.Scenario) : SectorGraph.ToMermaid(index.Scenario),
                (_, true) => dot ? MachineDiagram.ToDot() : MachineDiagram.ToMermaid(),
                _ => dot ? InjectFlowGraph.ToDot(index.Scenario) : InjectFlowGraph.ToMermaid(index.Scenario),
            };
            await output.WriteAsync(document);
            return CommandLineVerbs.Success;
        });
        return command;
    }
}
