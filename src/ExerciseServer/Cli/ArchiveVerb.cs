using System.CommandLine;
using System.Net.Http.Headers;
using System.Text.Json;
using ExerciseServer.Core.Archives;

namespace ExerciseServer.Cli;

/// <summary>
/// <c>archive export &lt;exercise-id&gt; -o file</c> and <c>archive import &lt;file&gt;</c>: an exercise as one file
/// (<see cref="ArchiveFormat"/>), taken from a running server and loaded into another one as a new exercise, both
/// over HTTP with an API token in <see cref="ReportVerb.TokenVariable"/>. The server verifies an import; its refusal
/// is printed and the verb exits 1.
/// </summary>
public static class ArchiveVerb
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("archive", "Move an exercise between servers: export it as one file, import that file as a new exercise.");
        command.Subcommands.Add(Export(output, error));
        command.Subcommands.Add(Import(output, error));
        return command;
    }

    private static Option<string> ServerOption() =>
        new("--server") { Description = $"The server, such as http://localhost:5080, with an API token in ${ReportVerb.TokenVariable}.", Required = true };

    private static Command Export(TextWriter output, TextWriter error)
    {
        var exercise = new Argument<string>("exercise-id") { Description = "The exercise, such as ex-7k2m9q4r8t1v; paused, ended or not started (a running one is refused)." };
        var file = new Option<string>("--output", "-o") { Description = "The archive file to write (a zip).", Required = true };
        var server = ServerOption();
        var command = new Command("export", "Write an exercise's archive: scenario, media and event log (no join codes or passwords).") { exercise, file, server };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var id = parsed.GetRequiredValue(exercise);
            var target = Path.GetFullPath(parsed.GetRequiredValue(file));
            if (await ClientAsync(parsed.GetRequiredValue(server), error) is not { } client)
            {
                return ExitCodes.UsageError;
            }

            using (client)
            {
                var (response, problem) = await SendAsync(client, new HttpRequestMessage(HttpMethod.Get, $"/api/exercises/{Uri.EscapeDataString(id)}/archive"), error, cancellationToken);
                if (response is null)
                {
                    return problem;
                }

                using (response)
                {
                    // Written beside the target and moved over it whole, so a failed export leaves no partial file.
                    var partial = target + ".partial";
                    try
                    {
                        await using (var stream = File.Create(partial))
                        {
                            await response.Content.CopyToAsync(stream, cancellationToken);
                        }

                        File.Move(partial, target, overwrite: true);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        File.Delete(partial);
                        await error.WriteLineAsync($"error: cannot write {target}: {ex.Message}");
                        return ExitCodes.Failed;
                    }
                }
            }

            await output.WriteLineAsync($"wrote {target}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Import(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "An archive written by 'archive export' or GET /api/exercises/{id}/archive." };
        var server = ServerOption();
        var command = new Command("import", "Load an archive into a server as a new exercise, verified by replaying its log; a damaged or foreign archive is refused.") { file, server };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetRequiredValue(file);
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"error: cannot read {path}: {ex.Message}");
                return ExitCodes.Failed;
            }

            if (await ClientAsync(parsed.GetRequiredValue(server), error) is not { } client)
            {
                return ExitCodes.UsageError;
            }

            using (client)
            {
                var content = new ByteArrayContent(bytes);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
                var (response, problem) = await SendAsync(client, new HttpRequestMessage(HttpMethod.Post, "/api/exercises/import") { Content = content }, error, cancellationToken);
                if (response is null)
                {
                    return problem;
                }

                using (response)
                {
                    using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
                    await output.WriteLineAsync($"imported as {created.RootElement.GetProperty("id").GetString()}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<HttpClient?> ClientAsync(string server, TextWriter error)
    {
        if (!Uri.TryCreate(server, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            await error.WriteLineAsync($"error: '{server}' is not an http or https address");
            return null;
        }

        if (Environment.GetEnvironmentVariable(ReportVerb.TokenVariable) is not { Length: > 0 } token)
        {
            await error.WriteLineAsync($"error: set {ReportVerb.TokenVariable} to an API token (the console's API tokens panel creates one)");
            return null;
        }

        var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The successful response, or null and the exit code after printing why not (the server's problem detail).</summary>
    private static async Task<(HttpResponseMessage? Response, int Exit)> SendAsync(HttpClient client, HttpRequestMessage request, TextWriter error, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            using (request)
            {
                response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
        }
        catch (HttpRequestException ex)
        {
            await error.WriteLineAsync($"error: cannot reach {client.BaseAddress}: {ex.Message}");
            return (null, ExitCodes.Failed);
        }

        if (response.IsSuccessStatusCode)
        {
            return (response, ExitCodes.Success);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            await error.WriteLineAsync($"error: the server answered {(int)response.StatusCode}: {ReportVerb.ProblemDetail(body)}");
            return (null, ExitCodes.Failed);
        }
    }
}
