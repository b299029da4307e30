using System.Runtime.InteropServices;
using ExerciseServer.Tests.Shared;
using static ExerciseServer.Tests.Support.VerbRunner;

namespace ExerciseServer.Tests.Cli;

/// <summary>
/// <c>exercise-validate</c> (src/ExerciseServer.Validate) is the server's <c>validate</c> verb as a program of its own:
/// for every case of one table, the same exit code, the same standard output and the same standard error as
/// <c>ExerciseServer validate</c>, both from the build output and published ahead of time (Native AOT), where code
/// that works under the JIT can still fail (trimmed reflection).
/// </summary>
public sealed class ExerciseValidateTests
{
    /// <summary>The arguments after <c>validate</c>; BROKEN, WARNED and MEDIA stand for files written by <see cref="Fixtures"/>.</summary>
    public static TheoryData<string[]> Cases => new()
    {
        new[] { "SCENARIOS" },
        new[] { "SCENARIOS", "--format", "json" },
        new[] { "BROKEN" },
        new[] { "BROKEN", "--format", "json" },
        new[] { "WARNED" },
        new[] { "WARNED", "--warnings-as-errors" },
        new[] { "WARNED", "BROKEN", "MEDIA", "--format", "json" },
        new[] { "/no/such/path" },
        new[] { "/no/such/path", "--format", "json" },
        new[] { "SCENARIOS", "--bogus" },
        new[] { "SCENARIOS", "--format", "xml" },
        new string[] { },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task From_the_build_output_it_answers_as_the_servers_verb(string[] arguments)
    {
        var args = Fixtures.Expand(arguments);
        var dll = RepositoryPaths.BuildOutput(Path.Combine("src", "ExerciseServer.Validate"), "exercise-validate.dll");

        var tool = await RunProcessAsync("dotnet", [dll, .. args]);

        Assert.Equal(await Run(["validate", .. args]), AsVerb(tool));
    }

    [Fact]
    public async Task Published_ahead_of_time_it_answers_as_the_servers_verb_in_every_case()
    {
        var output = Directory.CreateTempSubdirectory("exercise-validate-aot-").FullName;
        var project = Path.Combine(RepositoryPaths.Root, "src", "ExerciseServer.Validate", "ExerciseServer.Validate.csproj");
        var publish = await RunProcessAsync("dotnet", ["publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", output, "--nologo", "-v", "q"]);
        Assert.True(publish.Exit == 0, publish.Output + publish.Error);
        var native = Path.Combine(output, "exercise-validate");

        foreach (var arguments in Cases.Select(row => row.Data))
        {
            var args = Fixtures.Expand(arguments);
            Assert.Equal(await Run(["validate", .. args]), AsVerb(await RunProcessAsync(native, args)));
        }
    }

    /// <summary>The tool's answer as the verb's: a parse error names the command, which is the program's own name.</summary>
    private static (int Exit, string Output, string Error) AsVerb((int Exit, string Output, string Error) tool) =>
        tool with { Error = tool.Error.Replace("command: 'exercise-validate'", "command: 'validate'", StringComparison.Ordinal) };

    private static Task<(int Exit, string Output, string Error)> RunProcessAsync(string program, string[] args) =>
        ProgramRun.RunAsync(program, args, TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);

    /// <summary>Scenario files with errors, with only warnings, and naming a media file that is not there.</summary>
    private static class Fixtures
    {
        private static readonly Lazy<IReadOnlyDictionary<string, string>> Files = new(Write);

        public static string[] Expand(string[] arguments) =>
            [.. arguments.Select(a => a == "SCENARIOS" ? RepositoryPaths.Scenarios : Files.Value.GetValueOrDefault(a, a))];

        private static IReadOnlyDictionary<string, string> Write()
        {
            var folder = Directory.CreateTempSubdirectory("exercise-validate-").FullName;
            var quickstart = File.ReadAllText(RepositoryPaths.Scenario("quickstart.yaml"));
            var files = new Dictionary<string, string>
            {
                // A bad id, a misspelt key and a name with characters JSON must escape.
                ["BROKEN"] = Write(folder, "broken.yaml", Once(Once(quickstart, "after:", "aftr:"),
                    "teams:", "teams:\n  - id: \"Bad Team\"\n    name: Ümlaut <&> \"quoted\" \\ tab\t")),
                // An inject nothing releases: a warning, no error.
                ["WARNED"] = Write(folder, "warned.yaml", Once(quickstart, "after:", "# after:")),
                ["MEDIA"] = Write(folder, "media.yaml", Once(quickstart, "    title: Loss of signal", "    media: [missing-map.png]\n    title: Loss of signal")),
            };
            return files;
        }

        private static string Once(string text, string find, string replace)
        {
            var at = text.IndexOf(find, StringComparison.Ordinal);
            Assert.True(at >= 0, $"quickstart.yaml no longer has '{find}'");
            return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
        }

        private static string Write(string folder, string name, string text)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text);
            return path;
        }
    }
}
