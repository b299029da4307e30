using System.Text.Json;
using ExerciseServer.Tests.Support;
using static ExerciseServer.Tests.Support.VerbRunner;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Tests.Cli;

/// <summary>The validate verb as a trainer and a CI job use it: exit codes, output lines, JSON.</summary>
public sealed class ValidateVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("validate-verb-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_shipped_scenarios_validate_with_exit_code_0()
    {
        var (exit, output, error) = await Run("validate", RepositoryPaths.Scenarios);

        Assert.True(exit == 0, output + error);
        Assert.Contains(" 0 errors", output, StringComparison.Ordinal);
        Assert.Contains("quickstart.yaml", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scenario_with_errors_exits_1_and_prints_file_line_column()
    {
        var file = Write("broken.yaml", TestScenarios.Minimal.Replace("to: red", "to: blu", StringComparison.Ordinal));

        var (exit, output, _) = await Run("validate", file);

        Assert.Equal(1, exit);
        Assert.Contains($"{file}:18:9: error ES301: no team has the id 'blu'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_pass_unless_warnings_are_errors()
    {
        var file = Write("warn.yaml", TestScenarios.Minimal + "  - id: deck\n    to: red\n    title: Never fires\n");

        var (plain, _, _) = await Run("validate", file);
        var (strict, output, _) = await Run("validate", file, "--warnings-as-errors");

        Assert.Equal(0, plain);
        Assert.Equal(1, strict);
        Assert.Contains("warning ES403", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_format_lists_every_diagnostic_with_its_location()
    {
        var file = Write("broken.yaml", TestScenarios.Minimal.Replace("at: 10m", "at: -5m", StringComparison.Ordinal).Replace("to: red", "to: blu", StringComparison.Ordinal));

        var (exit, output, _) = await Run("validate", file, "--format", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var diagnostics = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, json.RootElement.GetProperty("errors").GetInt32());
        Assert.Contains(diagnostics, d => d.GetProperty("code").GetString() == "ES201" && d.GetProperty("line").GetInt32() == 17 && d.GetProperty("column").GetInt32() == 9);
        Assert.Contains(diagnostics, d => d.GetProperty("code").GetString() == "ES301" && d.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_an_error_not_a_crash()
    {
        var file = Path.Combine(_folder, "latin1.yaml");
        await File.WriteAllBytesAsync(file, [0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xE9, 0xFF, 0x0A], TestContext.Current.CancellationToken);

        var (exit, output, _) = await Run("validate", file);

        Assert.Equal(1, exit);
        Assert.Contains($"{file}:1:1: error ES117", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "/no/such/path")]
    [InlineData("validate", "--format", "xml", ".")]
    [InlineData("validate", "--bogus", ".")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        var (exit, _, error) = await Run(args);

        Assert.Equal(2, exit);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_folder_is_a_usage_error()
    {
        var (exit, _, error) = await Run("validate", _folder);

        Assert.Equal(2, exit);
        Assert.Contains("no *.yaml or *.yml", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_verb_prints_a_json_schema()
    {
        var (exit, output, _) = await Run("schema");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("http://json-schema.org/draft-07/schema#", json.RootElement.GetProperty("$schema").GetString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

}
