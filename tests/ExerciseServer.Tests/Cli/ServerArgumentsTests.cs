using System.Text.RegularExpressions;
using ExerciseServer.Cli;
using ExerciseServer.Hosting;
using ExerciseServer.Tests.Shared;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.Cli;

/// <summary>
/// The server's own command line: a mistyped setting, a setting without its value or a stray word is a usage error
/// (exit 2) and never starts the server on its defaults; every setting the server or a hosted library reads is taken.
/// </summary>
public sealed partial class ServerArgumentsTests
{
    /// <summary>Refused command lines and a fragment of what the refusal says.</summary>
    public static TheoryData<string[], string> Refused => new()
    {
        { ["--prot", "5000"], "unknown setting '--prot'" },
        { ["--urlz", "http://127.0.0.1:5081"], "unknown setting '--urlz'; did you mean '--urls'?" },
        { ["--Storage:Pth=/srv/exercises"], "did you mean '--Storage:Path'?" },
        { ["--urls", "http://127.0.0.1:5081", "/Storage:Path", "/srv/exercises"], "unexpected '/Storage:Path'" },
        { ["Storage:Pth=/srv/exercises"], "did you mean 'Storage:Path'?" },
        { ["--Budgets:CallBursts=40"], "did you mean '--Budgets:CallBurst'?" },
        { ["--Securty:SignInsPerMinute", "50"], "did you mean '--Security:SignInsPerMinute'?" },
        { ["--urls"], "'--urls' has no value" },
        { ["--Storage:Path=/srv/exercises", "--urls"], "'--urls' has no value" },
        { ["-p", "5000"], "unknown option '-p'" },
        { ["--urls", "http://127.0.0.1:5081", "extra"], "unexpected 'extra'" },
        { ["--=value"], "'--=value' names no setting" },
        { ["--Serilog=verbose"], "unknown setting '--Serilog'" },
        { ["--Storag="], "unknown setting '--Storag'" },
    };

    /// <summary>Command lines that start the server: the forms configuration reads, any case, library sections.</summary>
    public static TheoryData<string[]> Accepted => new()
    {
        { [] },
        { ["--urls", "http://127.0.0.1:5081", "--Storage:Path=/srv/exercises", "--Scenarios:Path=scenarios", "--Facilitator:ApiToken=t0ken"] },
        { ["Storage:Path=/srv/exercises", "--urls", "http://127.0.0.1:5081", "--storage:path=/srv/other"] },
        { ["--Cluster:Redis=127.0.0.1:6379", "--Cluster:Id=exercise", "--Orleans:SiloPort=11112", "--Orleans:GatewayPort=30001", "--Orleans:AdvertisedIP=10.0.0.5"] },
        { ["--Orleans:Membership:ProbeTimeout=00:00:01", "--Serilog:MinimumLevel:Override:Orleans=Information", "--Logging:LogLevel:Default", "Warning"] },
        { ["--Kestrel:Limits:MaxConcurrentConnections", "20000", "--ReverseProxy:KnownProxies:0", "10.0.0.1", "--ReverseProxy:ForwardLimit=2", "--ReverseProxy:KnownNetworks=10.0.0.0/8,192.168.0.0/16"] },
        { ["--OTEL_EXPORTER_OTLP_ENDPOINT=http://collector:4317", "--OTEL_EXPORTER_OTLP_HEADERS=api-key=secret"] },
        { ["--Budgets:CallBurst=1000", "--Budgets:CallsPerSecond=100000", "--Budgets:ConnectionsPerSession=60", "--Budgets:TeamBytesPerMinute=200000"] },
        { ["--environment", "Production", "--Dashboard:Enabled=false", "--Logs:Console=json", "--Shutdown:TimeoutSeconds=5"] },
        { ["--Storage=", "--Storage:Path=/srv/exercises", "--Orleans=", "--Orleans:Membership=", "--Serilog=", "--contentRoot=/srv", "--environment=Development"] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_mistyped_or_incomplete_setting_is_refused_with_the_reason(string[] args, string expected)
    {
        Assert.False(CommandLineVerbs.IsVerb(args));

        var problems = ServerArguments.Problems(args);

        Assert.Contains(problems, problem => problem.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Every_setting_the_server_reads_is_taken(string[] args)
    {
        Assert.False(CommandLineVerbs.IsVerb(args));
        Assert.Empty(ServerArguments.Problems(args));
    }

    [Fact]
    public void Every_setting_the_documentation_shows_is_taken()
    {
        var documents = new[] { "README.md", Path.Combine("scenarios", "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md").Select(path => Path.GetRelativePath(RepositoryPaths.Root, path)));
        var shown = documents
            .SelectMany(document => SettingShown().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, document))).Select(match => (document, match.Groups[1].Value)))
            .Distinct()
            .ToList();

        Assert.Contains(shown, setting => setting.Item2 == ServerSettingNames.StoragePath);
        Assert.DoesNotContain(shown, setting => !ServerSettingNames.IsKnown(setting.Item2));
    }

    [Fact]
    public async Task The_server_process_refuses_a_mistyped_setting_and_exits_2_without_listening()
    {
        // A server that started anyway is the failure; it is killed after a minute rather than outlive the test.
        var (exit, output, error) = await ProgramRun.RunAsync("dotnet",
            [ServerProcess.ServerDll, "--prot", "5000", "--Storage:Path", Path.Combine(Path.GetTempPath(), $"never-{Guid.NewGuid():N}")],
            TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("error: unknown setting '--prot'", error, StringComparison.Ordinal);
        Assert.Contains("usage: ExerciseServer", error, StringComparison.Ordinal);
        Assert.DoesNotContain("listening", output, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A setting written on a command line in the documentation: <c>--Section:Key</c>, with a value after it.</summary>
    [GeneratedRegex(@"(?<![\w-])--([A-Za-z]\w*(?::\w+)+)(?=[=\s`])")]
    private static partial Regex SettingShown();
}
