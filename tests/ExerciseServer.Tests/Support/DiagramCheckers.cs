using System.Diagnostics;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Tests.Support;

/// <summary>
/// The real tools a diagram must satisfy: Graphviz's <c>dot</c> renders DOT to SVG, and Mermaid's own parser
/// (tests/mermaid-check, run by Node) parses Mermaid. tests/run.sh installs both; missing, they fail the test
/// with what to install rather than pass it unchecked.
/// </summary>
public static class DiagramCheckers
{
    public static string MermaidCheckFolder => Path.Combine(RepositoryPaths.Root, "tests", "mermaid-check");

    /// <summary>Renders DOT to SVG; returns the SVG, or fails with Graphviz's complaint.</summary>
    public static async Task<string> RenderDotAsync(string dot)
    {
        var (exit, output, error) = await RunAsync("dot", ["-Tsvg"], dot, "Graphviz is not installed: apt-get install graphviz (tests/run.sh does)");
        Assert.True(exit == 0, $"dot could not render the document: {error}\n{dot}");
        Assert.Contains("<svg", output, StringComparison.Ordinal);
        return output;
    }

    /// <summary>Parses Mermaid with Mermaid's parser; returns the diagram type it recognised.</summary>
    public static async Task<(bool Valid, string Detail)> ParseMermaidAsync(string mermaid)
    {
        Assert.True(Directory.Exists(Path.Combine(MermaidCheckFolder, "node_modules", "mermaid")),
            $"Mermaid's parser is not installed: npm ci --prefix {MermaidCheckFolder} (tests/run.sh does)");
        var (exit, output, error) = await RunAsync("node", [Path.Combine(MermaidCheckFolder, "check.mjs")], mermaid, "Node.js is not installed");
        return (exit == 0, exit == 0 ? output.Trim() : error.Trim());
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string tool, string[] arguments, string input, string missing)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail(missing);
            throw;
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await error);
        }
    }
}
