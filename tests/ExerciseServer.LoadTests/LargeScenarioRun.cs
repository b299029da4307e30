using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.LoadTests;

/// <summary>
/// "A 28,000-inject scenario validates in under 2 s and runs its dry run in under 10 s." Generates a
/// <see cref="LargeScenario"/> into a temporary folder, checks in-process that it loads with no diagnostic at all,
/// then times the server's own command line as separate processes, from its build output, as a user runs it:
/// <c>dotnet ExerciseServer.dll validate FILE</c>, <c>simulate FILE --policy first-option</c> (one dry run) and
/// <c>simulate FILE --policy all</c> (seven dry runs and the coverage table). Each is run <c>--repeat</c> times;
/// wall time from start to exit includes the runtime's start and JIT, and the report written to stdout (read and
/// discarded). Then publishes <c>exercise-validate</c> (src/ExerciseServer.Validate) with Native AOT into the same
/// folder, checks that it prints what the server's verb prints, and times it the same way (<c>--native 0</c> skips it).
/// Exit 0 when the best time of each is within its budget (validate 2 s by either program, one dry run 10 s), 1 otherwise.
/// </summary>
public static class LargeScenarioRun
{
    public const string Usage = "large-scenario [--injects N] [--teams N] [--repeat N] [--keep 0|1] [--native 0|1]";
    private static readonly TimeSpan ValidateBudget = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan DryRunBudget = TimeSpan.FromSeconds(10);

    public static readonly string[] Options = ["--injects", "--teams", "--repeat", "--keep", "--native"];

    public static async Task<int> RunAsync(string[] args)
    {
        var injects = Option(args, "--injects", 28_000);
        var teams = Option(args, "--teams", 30);
        var repeat = Option(args, "--repeat", 3);
        var folder = Directory.CreateTempSubdirectory("large-scenario-").FullName;
        var file = Path.Combine(folder, "large.yaml");
        var clock = Stopwatch.StartNew();
        var text = LargeScenario.Generate(injects, teams);
        await File.WriteAllTextAsync(file, text);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {file}: {text.Length / 1024.0 / 1024.0:0.0} MB, {text.Count(c => c == '\n'):N0} lines in {clock.Elapsed.TotalSeconds:0.00} s"));

        clock.Restart();
        var loaded = ScenarioLoader.Load(file, text);
        var inProcess = clock.Elapsed;
        if (loaded.Scenario is null || loaded.Diagnostics.Count > 0)
        {
            foreach (var diagnostic in loaded.Diagnostics.Take(20))
            {
                Console.Error.WriteLine(diagnostic);
            }

            Console.Error.WriteLine($"The generated scenario is not clean: {loaded.Diagnostics.Count} diagnostics");
            return 1;
        }

        var scenario = loaded.Scenario;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Loads clean in-process (cold, JIT included) in {inProcess.TotalSeconds:0.00} s: {scenario.Injects.Count:N0} injects ({Count(scenario, Core.Scenarios.Model.TriggerKind.At)} at, {Count(scenario, Core.Scenarios.Model.TriggerKind.After)} after, {Count(scenario, Core.Scenarios.Model.TriggerKind.When)} when, {Count(scenario, Core.Scenarios.Model.TriggerKind.OnDemand)} on demand, {Count(scenario, Core.Scenarios.Model.TriggerKind.None)} follow-ups and contingencies), {scenario.Teams.Count} teams, {scenario.Sectors.Count} sectors, {scenario.Decisions.Count:N0} decisions, {scenario.Injects.Sum(i => i.ExpectedActions.Count):N0} expected actions"));

        if (repeat == 0)
        {
            Console.WriteLine($"Written {file}; --repeat 0 times nothing.");
            return 0;
        }

        var dll = RepositoryPaths.BuildOutput(Path.Combine("src", "ExerciseServer"), "ExerciseServer.dll");
        Console.WriteLine($"Timing {dll} as a separate process, {repeat}× each (wall time from start to exit):");
        var validate = await TimeAsync("dotnet", [dll, "validate", file], repeat);
        var first = await TimeAsync("dotnet", [dll, "simulate", file, "--policy", "first-option"], repeat);
        var all = await TimeAsync("dotnet", [dll, "simulate", file, "--policy", "all"], repeat);
        var native = Option(args, "--native", 1) == 1 ? await TimeNativeValidateAsync(folder, dll, file, repeat) : null;

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {scenario.Injects.Count:N0}-inject scenario, separate process | best s | all runs s | output | budget |"));
        Console.WriteLine("| --- | ---: | --- | ---: | --- |");
        Row("validate", validate, ValidateBudget);
        if (native is not null)
        {
            Row("exercise-validate, Native AOT", native, ValidateBudget);
        }

        Row("simulate --policy first-option (one dry run)", first, DryRunBudget);
        Row("simulate --policy all (7 dry runs + coverage)", all, null);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Machine load average (1 min): {LoadFigures.LoadAverage()}"));
        if (Option(args, "--keep", 0) == 0)
        {
            TryDelete(folder);
        }
        else
        {
            Console.WriteLine($"Kept {file}");
        }
        var validated = validate.Best <= ValidateBudget || (native is { Ok: true } && native.Best <= ValidateBudget);
        var ok = validate.Ok && first.Ok && all.Ok && native is not { Ok: false } && validated && first.Best <= DryRunBudget;
        Console.WriteLine(ok ? "PASS" : "FAIL");
        return ok ? 0 : 1;
    }

    private static void Row(string label, Timing timing, TimeSpan? budget) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {timing.Best.TotalSeconds:0.00} | {string.Join(" / ", timing.Runs.Select(r => r.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)))} | {timing.Output} | {(budget is { } b ? $"< {b.TotalSeconds:0} s: {(timing.Ok && timing.Best <= b ? "ok" : "OVER")}" : "")} |"));

    /// <summary>Publishes exercise-validate ahead of time, checks it answers as the server's verb, and times it.</summary>
    private static async Task<Timing> TimeNativeValidateAsync(string folder, string dll, string file, int repeat)
    {
        var tools = Path.Combine(folder, "tools");
        var project = Path.Combine(RepositoryPaths.Root, "src", "ExerciseServer.Validate", "ExerciseServer.Validate.csproj");
        var clock = Stopwatch.StartNew();
        var (published, _, publishError) = await RunAsync("dotnet", ["publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", tools, "--nologo", "-v", "q"]);
        if (published != 0)
        {
            Console.Error.WriteLine($"Publishing exercise-validate failed: {publishError}");
            return new Timing([], TimeSpan.MaxValue, false, "not published");
        }

        var program = Path.Combine(tools, "exercise-validate");
        var (_, verbSays, _) = await RunAsync("dotnet", [dll, "validate", file]);
        var (_, toolSays, _) = await RunAsync(program, [file]);
        var same = verbSays == toolSays;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Published {program} with Native AOT in {clock.Elapsed.TotalSeconds:0} s; its output is {(same ? "the same as" : "NOT the same as")} the server's validate verb's. Timing it, {repeat}×:"));
        var timing = await TimeAsync(program, [file], repeat);
        return same ? timing : timing with { Ok = false };
    }

    private static Task<(int Exit, string Output, string Error)> RunAsync(string program, string[] args) =>
        ProgramRun.RunAsync(program, args, TimeSpan.FromMinutes(10));

    private static async Task<Timing> TimeAsync(string program, string[] args, int repeat)
    {
        var runs = new List<TimeSpan>();
        var ok = true;
        var output = "";
        for (var r = 0; r < repeat; r++)
        {
            var clock = Stopwatch.StartNew();
            using var process = ProgramRun.Start(program, args);
            var stdout = CountLinesAsync(process.StandardOutput);
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var elapsed = clock.Elapsed;
            var (lines, bytes, last) = await stdout;
            runs.Add(elapsed);
            output = string.Create(CultureInfo.InvariantCulture, $"{lines:N0} lines, {bytes / 1024.0:0} KB");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {string.Join(' ', args.Prepend(program).Select(a => a.Contains(Path.DirectorySeparatorChar) ? Path.GetFileName(a) : a))}: exit {process.ExitCode} in {elapsed.TotalSeconds:0.00} s; {output}; last line: {last}"));
            if (process.ExitCode != 0)
            {
                ok = false;
                Console.Error.WriteLine(await stderr);
            }
        }

        return new Timing([.. runs], runs.Min(), ok, output);
    }

    private static async Task<(int Lines, long Bytes, string Last)> CountLinesAsync(StreamReader reader)
    {
        var lines = 0;
        long bytes = 0;
        var last = "";
        while (await reader.ReadLineAsync() is { } line)
        {
            lines++;
            bytes += line.Length + 1;
            if (line.Length > 0)
            {
                last = line.Length > 120 ? line[..120] + "…" : line;
            }
        }

        return (lines, bytes, last);
    }

    private static int Count(Core.Scenarios.Model.Scenario scenario, Core.Scenarios.Model.TriggerKind kind) => scenario.Injects.Count(i => i.Trigger == kind);

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }


    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private sealed record Timing(IReadOnlyList<TimeSpan> Runs, TimeSpan Best, bool Ok, string Output);
}
