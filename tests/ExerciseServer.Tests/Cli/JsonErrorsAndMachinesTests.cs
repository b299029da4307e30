using System.Text.Json;
using ExerciseServer.Tests.Shared;
using static ExerciseServer.Tests.Support.VerbRunner;

namespace ExerciseServer.Tests.Cli;

/// <summary>
/// With --format json every problem is a JSON document on standard output (a bad policy file, an unknown policy, a
/// path that names nothing); and <c>graph --machines</c> draws the engine's machines without any scenario.
/// </summary>
public sealed class JsonErrorsAndMachinesTests
{
    private static readonly string Quickstart = RepositoryPaths.Scenario("quickstart.yaml");

    [Fact]
    public async Task A_bad_policy_file_with_format_json_is_the_json_problem_document()
    {
        var policy = Path.Combine(Directory.CreateTempSubdirectory("policy-json-").FullName, "slow.policy.yaml");
        await File.WriteAllTextAsync(policy, "respond: all\nignore: [q02-newz]\n", TestContext.Current.CancellationToken);

        var (exit, output, error) = await Run("simulate", Quickstart, "--policy", policy, "--format", "json");
        var (textExit, _, textError) = await Run("simulate", Quickstart, "--policy", policy);

        Assert.Equal((1, 1), (exit, textExit));
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        var file = json.RootElement.GetProperty("files").EnumerateArray().Single();
        Assert.Equal(policy, file.GetProperty("file").GetString());
        Assert.False(file.GetProperty("valid").GetBoolean());
        var diagnostic = file.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal(("ES301", 2, "error"), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("severity").GetString()));
        Assert.Contains("did you mean 'q02-news'", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains($"{policy}:2:", textError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_policy_file_with_format_json_gives_only_the_report()
    {
        var policy = Path.Combine(Directory.CreateTempSubdirectory("policy-json-").FullName, "quiet.policy.yaml");
        await File.WriteAllTextAsync(policy, "respond: none\n", TestContext.Current.CancellationToken);

        var (exit, output, _) = await Run("simulate", Quickstart, "--policy", policy, "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("quiet", json.RootElement.GetProperty("policy").GetString());
    }

    [Theory]
    [InlineData("simulate", "QUICKSTART", "--policy", "clever", "--format", "json")]
    [InlineData("validate", "/no/such/path", "--format", "json")]
    [InlineData("validate", "--format", "json", "--bogus")]
    public async Task Usage_errors_with_format_json_are_a_json_error_document_and_exit_2(params string[] args)
    {
        var (exit, output, error) = await Run([.. args.Select(a => a == "QUICKSTART" ? Quickstart : a)]);

        Assert.Equal(2, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Graph_machines_needs_no_scenario()
    {
        var (exit, mermaid, _) = await Run("graph", "--machines");
        var (dotExit, dot, _) = await Run("graph", "--machines", "--format", "dot");
        var (_, withScenario, _) = await Run("graph", Quickstart, "--machines");

        Assert.Equal((0, 0), (exit, dotExit));
        Assert.StartsWith("stateDiagram-v2\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("    lifecycle_Running --> lifecycle_Paused : Pause", mermaid, StringComparison.Ordinal);
        Assert.StartsWith("digraph \"state machines\" {", dot, StringComparison.Ordinal);
        Assert.Equal(mermaid, withScenario);
    }

    [Theory]
    [InlineData("graph")]
    [InlineData("graph", "--sectors")]
    [InlineData("graph", "--machines", "/no/such/file.yaml")]
    [InlineData("graph", "--machines", "--bogus")]
    [InlineData("graph", "--machines", "--format", "svg")]
    public async Task Graph_usage_errors_still_exit_2(params string[] args)
    {
        var (exit, output, error) = await Run(args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
    }
}
