using System.CommandLine;
using System.Text;
using ExerciseServer.Core.Msel;
using ExerciseServer.Msel;
using ExerciseServer.Scenarios;

namespace ExerciseServer.Cli;

/// <summary>
/// <c>msel export &lt;scenario&gt; -o &lt;file.xlsx|file.csv&gt;</c> and <c>msel import &lt;sheet&gt; -o &lt;scenario.yaml&gt;
/// [--into &lt;scenario.yaml&gt;] [--mapping &lt;mapping.yaml&gt;]</c>: the scenario's injects as a Master Scenario Events
/// List spreadsheet, and back.
/// </summary>
public static class MselVerb
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("msel", "Export a scenario's injects as an MSEL spreadsheet (XLSX or CSV), or import one into a scenario.");
        command.Subcommands.Add(Export(output, error));
        command.Subcommands.Add(Import(output, error));
        return command;
    }

    private static Command Export(TextWriter output, TextWriter error)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file." };
        var target = new Option<string>("--output", "-o") { Description = "The sheet to write: file.xlsx or file.csv.", Required = true };
        var command = new Command("export", "Write the scenario's injects as an MSEL: one row per inject, in HSEEP column order.") { scenario, target };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetRequiredValue(target);
            if (!MselFiles.IsSheet(path))
            {
                await error.WriteLineAsync($"error: '{path}' is neither .xlsx nor .csv");
                return ExitCodes.UsageError;
            }

            var index = await ScenarioArgument.LoadPlayableAsync(parsed.GetRequiredValue(scenario), error, cancellationToken);
            if (index is null)
            {
                return File.Exists(parsed.GetRequiredValue(scenario)) ? ExitCodes.Failed : ExitCodes.UsageError;
            }

            var sheet = MselExporter.Export(index.Scenario, path);
            await using (var stream = File.Create(path))
            {
                MselFiles.Write(sheet, path, stream);
            }

            await output.WriteLineAsync($"{path}: {sheet.Rows.Count - 1} inject(s)");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Import(TextWriter output, TextWriter error)
    {
        var sheetPath = new Argument<string>("sheet") { Description = "The MSEL to read: file.xlsx or file.csv." };
        var target = new Option<string>("--output", "-o") { Description = "The scenario file to write.", Required = true };
        var into = new Option<string?>("--into") { Description = "An existing scenario whose injects the sheet replaces; everything else in it is kept as written." };
        var mapping = new Option<string?>("--mapping") { Description = "A mapping file saying which column carries what, for a sheet whose headers are not recognised." };
        var command = new Command("import", "Read an MSEL spreadsheet into a scenario; problems are reported at their cells (file:Sheet!D12).") { sheetPath, target, into, mapping };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetRequiredValue(sheetPath);
            var outputPath = parsed.GetRequiredValue(target);
            var intoPath = parsed.GetValue(into);
            var mappingPath = parsed.GetValue(mapping);
            foreach (var (file, what) in new[] { (path, "sheet"), (intoPath, "scenario"), (mappingPath, "mapping file") })
            {
                if (file is not null && !File.Exists(file))
                {
                    await error.WriteLineAsync($"error: '{file}' is not a {what} file");
                    return ExitCodes.UsageError;
                }
            }

            if (!MselFiles.IsSheet(path))
            {
                await error.WriteLineAsync($"error: '{path}' is neither .xlsx nor .csv");
                return ExitCodes.UsageError;
            }

            MselMapping? map = null;
            if (mappingPath is not null)
            {
                var (read, problems) = MselMappingReader.Read(mappingPath, await File.ReadAllTextAsync(mappingPath, cancellationToken));
                foreach (var problem in problems)
                {
                    await error.WriteLineAsync(problem.ToString());
                }

                if (read is null)
                {
                    return ExitCodes.Failed;
                }

                map = read;
            }

            (string, string)? existing = null;
            if (intoPath is not null)
            {
                var loaded = await ScenarioFiles.LoadAsync(intoPath, cancellationToken);
                if (loaded.Scenario is null)
                {
                    return await ReportAsync(loaded.Diagnostics.Select(d => d.ToString()), error);
                }

                existing = (intoPath, await File.ReadAllTextAsync(intoPath, cancellationToken));
            }

            var result = await ImportAsync(path, outputPath, existing, map, cancellationToken);
            foreach (var line in result.MappingReport)
            {
                await output.WriteLineAsync($"  {line}");
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                await error.WriteLineAsync(diagnostic.ToString());
            }

            if (result.HasErrors)
            {
                await error.WriteLineAsync($"{path} has {result.Diagnostics.Count(d => d.IsError)} error(s); {outputPath} was not written.");
                return ExitCodes.Failed;
            }

            await File.WriteAllTextAsync(outputPath, result.Yaml, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
            await output.WriteLineAsync($"{outputPath}: {result.Scenario!.Injects.Count} inject(s) from {path}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads and imports a sheet; the server's upload uses the same path.</summary>
    public static async Task<MselImportResult> ImportAsync(string sheetPath, string outputPath, (string File, string Text)? into, MselMapping? mapping, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(sheetPath);
        var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        var (sheet, problems) = MselFiles.Read(sheetPath, buffer);
        if (sheet is null)
        {
            return new MselImportResult(null, null, problems, []);
        }

        var result = MselImporter.Import(sheet, outputPath, into, mapping);
        return result with { Diagnostics = [.. problems, .. result.Diagnostics] };
    }

    private static async Task<int> ReportAsync(IEnumerable<string> lines, TextWriter error)
    {
        foreach (var line in lines)
        {
            await error.WriteLineAsync(line);
        }

        return ExitCodes.Failed;
    }
}
