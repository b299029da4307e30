using System.CommandLine;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Scenarios.Graphs;

namespace ExerciseServer.Cli;

/// <summary><c>graph &lt;scenario&gt;</c>: the inject flow and the state machines, as Mermaid or DOT.</summary>
public static class GraphVerb
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file." };
        var format = new Option<string>("--format") { Description = "mermaid (for Markdown) or dot (for Graphviz).", DefaultValueFactory = _ => "mermaid" };
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var what = new Option<string>("--show") { Description = "flow (the injects), machines (lifecycle, inject and sector state machines) or all.", DefaultValueFactory = _ => "all" };
        what.AcceptOnlyFromAmong("flow", "machines", "all");
        var command = new Command("graph", "Print the inject flow and the state machines as Mermaid or DOT.") { scenario, format, what };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var index = await ScenarioArgument.LoadPlayableAsync(parsed.GetRequiredValue(scenario), error, cancellationToken);
            if (index is null)
            {
                return File.Exists(parsed.GetRequiredValue(scenario)) ? CommandLineVerbs.Failed : CommandLineVerbs.UsageError;
            }

            var dot = parsed.GetValue(format) == "dot";
            var show = parsed.GetValue(what);
            var parts = new List<(string Title, string Body)>();
            if (show is "flow" or "all")
            {
                parts.Add(("Inject flow", dot ? InjectFlowGraph.ToDot(index.Scenario) : InjectFlowGraph.ToMermaid(index.Scenario)));
            }

            if (show is "machines" or "all")
            {
                parts.Add(("Exercise lifecycle", dot ? LifecycleMachine.ToDot() : LifecycleMachine.ToMermaid()));
                parts.Add(("Inject lifecycle", dot ? InjectMachine.ToDot() : InjectMachine.ToMermaid()));
                parts.Add(("Sector state", dot ? SectorStateMachine.ToDot() : SectorStateMachine.ToMermaid()));
            }

            foreach (var (title, body) in parts)
            {
                if (dot)
                {
                    await output.WriteLineAsync($"// {title}");
                    await output.WriteLineAsync(body.TrimEnd());
                }
                else
                {
                    await output.WriteLineAsync($"%% {title}");
                    await output.WriteLineAsync(body.TrimEnd());
                }

                await output.WriteLineAsync();
            }

            return CommandLineVerbs.Success;
        });
        return command;
    }
}
