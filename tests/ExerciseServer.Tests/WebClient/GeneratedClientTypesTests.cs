using System.Diagnostics;
using ExerciseServer.Hosting;
using ExerciseServer.Tests.Shared;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.WebClient;

/// <summary>
/// The web client's generated types: web-client/src/generated/api.ts from the running server's /openapi/v1.json by
/// openapi-typescript (web-client/gen-types), and web-client/src/generated/wire.ts from the records the hub and HTTP
/// send (<see cref="WireTypes"/>, <see cref="WireTypeScript"/>). These tests regenerate both and fail when a
/// committed file differs; `npm run gen:types` in web-client runs them with EXERCISESERVER_WRITE_CLIENT_TYPES=1,
/// which writes the files instead.
/// </summary>
public sealed class GeneratedClientTypesTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    public const string WriteVariable = "EXERCISESERVER_WRITE_CLIENT_TYPES";

    private static readonly string GeneratorFolder = Path.Combine(RepositoryPaths.Root, "web-client", "gen-types");

    private static readonly string Generated = Path.Combine(RepositoryPaths.Root, "web-client", "src", "generated");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_http_types_are_the_ones_the_servers_openapi_document_describes()
    {
        var document = await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Cancel);

        await CompareOrWriteAsync("api.ts", await GenerateAsync(document));
    }

    [Fact]
    public async Task The_wire_types_are_the_ones_the_server_sends()
    {
        await CompareOrWriteAsync("wire.ts", WireTypeScript.Of(WireTypes.Described));
    }

    [Fact]
    public void The_event_type_is_a_union_tagged_by_its_type_word_and_statuses_are_their_words()
    {
        var wire = WireTypeScript.Of(WireTypes.Described);

        Assert.Contains("export type ExerciseEvent =\n", wire, StringComparison.Ordinal);
        Assert.Contains("export interface InjectReleased {\n  type: 'inject-released';", wire, StringComparison.Ordinal);
        Assert.Contains("from: 'normal' | 'degraded' | 'disrupted' | 'failed' | 'recovering';", wire, StringComparison.Ordinal);
        Assert.Contains("status: 'not-started' | 'pending' | 'met' | 'missed';", wire, StringComparison.Ordinal);
        Assert.Contains("code: 'not-found' | 'forbidden' | 'conflict' | 'invalid' | 'too-many' | 'unavailable' | 'already-voted' | 'not-a-party' | 'decision-resolved' | null;", wire, StringComparison.Ordinal);
    }

    private static async Task CompareOrWriteAsync(string file, string generated)
    {
        var path = Path.Combine(Generated, file);
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            Directory.CreateDirectory(Generated);
            await File.WriteAllTextAsync(path, generated, Cancel);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run `npm run gen:types` in web-client");
        var committed = await File.ReadAllTextAsync(path, Cancel);
        Assert.True(committed == generated,
            $"web-client/src/generated/{file} is stale: what the server sends changed. Run `npm run gen:types` in web-client and commit the file.\n{FirstDifference(committed, generated)}");
    }

    private static async Task<string> GenerateAsync(string document)
    {
        Assert.True(Directory.Exists(Path.Combine(GeneratorFolder, "node_modules", "openapi-typescript")),
            $"openapi-typescript is not installed: npm ci --prefix {GeneratorFolder} (tests/run.sh and npm run gen:types do)");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(GeneratorFolder, "generate.mjs"));
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.StandardInput.WriteAsync(document);
        process.StandardInput.Close();
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"openapi-typescript failed: {await error}");
        return await output;
    }

    private static string FirstDifference(string committed, string generated)
    {
        var a = committed.Split('\n');
        var b = generated.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end of file)";
            var right = i < b.Length ? b[i] : "(end of file)";
            if (left != right)
            {
                return $"line {i + 1}: committed `{left.Trim()}`, generated `{right.Trim()}`";
            }
        }

        return "";
    }
}
