using System.CommandLine;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ExerciseServer.Archives;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Visibility;
using ExerciseServer.Grains.Storage;
using ExerciseServer.Reports;
using ExerciseServer.Scenarios;

namespace ExerciseServer.Cli;

/// <summary>
/// <c>report &lt;exercise-id&gt;</c>: the after-action report as self-contained HTML, Markdown, the event log as
/// JSON lines, or the MSEL-style CSV. Reads the embedded database directly (the server may be running or not), or
/// asks a running server with <c>--server</c> and an API token, which is how a Redis cluster is reached.
/// </summary>
public static class ReportVerb
{
    public const string TokenVariable = "EXERCISESERVER_TOKEN";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var exercise = new Argument<string>("exercise-id") { Description = "The exercise, such as ex-7k2m9q4r8t1v (the console and GET /api/exercises list them)." };
        var format = new Option<string>("--format") { Description = "html (self-contained, prints well), md, json (the event log as JSON lines) or csv (injects and responses, MSEL columns).", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "md", "json", "csv");
        var file = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var data = new Option<string?>("--data") { Description = "The folder of the embedded database (exerciseserver.db); default: Storage:Path, else ./data." };
        var server = new Option<string?>("--server") { Description = $"Ask a running server instead, such as http://localhost:5080, with an API token in ${TokenVariable}." };
        var viewer = new Option<string>("--for") { Description = "Whose report: control (everything), evaluator or observer (what that role may read, as the server would answer them).", DefaultValueFactory = _ => "control" };
        viewer.AcceptOnlyFromAmong("control", "evaluator", "observer");
        var command = new Command("report", "Export an exercise's after-action report.") { exercise, format, file, data, server, viewer };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var id = parsed.GetRequiredValue(exercise);
            ReportFormats.TryParse(parsed.GetValue(format), out var chosen);
            var target = parsed.GetValue(file);
            var serverUrl = parsed.GetValue(server);
            if (serverUrl is not null && parsed.GetValue(data) is not null)
            {
                await error.WriteLineAsync("error: give --data or --server, not both");
                return ExitCodes.UsageError;
            }

            var reader = parsed.GetValue(viewer) switch
            {
                "evaluator" => Viewer.Evaluator(id),
                "observer" => Viewer.Observer(id),
                _ => Viewer.Control,
            };
            if (serverUrl is not null && reader.Role != ViewerRole.Control)
            {
                await error.WriteLineAsync("error: --for evaluator or observer reads the database (--data); a server answers an API token as control");
                return ExitCodes.UsageError;
            }

            var buffer = new StringWriter();
            var code = serverUrl is null
                ? await FromDatabaseAsync(id, chosen, reader, DatabasePath(parsed.GetValue(data)), buffer, error, cancellationToken)
                : await FromServerAsync(id, chosen, serverUrl, buffer, error, cancellationToken);
            if (code != ExitCodes.Success)
            {
                return code;
            }

            if (target is null)
            {
                await output.WriteAsync(buffer.ToString());
            }
            else
            {
                await File.WriteAllTextAsync(target, buffer.ToString(), new UTF8Encoding(false), cancellationToken);
                await error.WriteLineAsync($"wrote {target}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string DatabasePath(string? folder)
    {
        var configured = folder ?? Environment.GetEnvironmentVariable("Storage__Path");
        return Path.Combine(string.IsNullOrEmpty(configured) ? "data" : configured, "exerciseserver.db");
    }

    private static async Task<int> FromDatabaseAsync(string id, ReportFormat format, Viewer viewer, string databasePath, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(databasePath))
        {
            await error.WriteLineAsync($"error: there is no database at {databasePath}; pass --data with the server's data folder, or --server");
            return ExitCodes.UsageError;
        }

        var archive = await SqliteExerciseArchiveReader.ReadAsync(databasePath, id, cancellationToken);
        if (archive is null)
        {
            await error.WriteLineAsync($"error: there is no exercise '{id}' in {databasePath}");
            return ExitCodes.Failed;
        }

        var loaded = ScenarioLoader.Load(archive.ScenarioFile, archive.ScenarioText);
        if (loaded.Scenario is null || loaded.HasErrors)
        {
            await error.WriteLineAsync($"error: the scenario stored with exercise '{id}' no longer loads ({loaded.ErrorCount} error(s))");
            return ExitCodes.Failed;
        }

        // The same policy as the server's read paths: the review redacted for the viewer, the log filtered.
        var index = new ScenarioIndex(loaded.Scenario);
        var sight = ExerciseSight.Of(viewer, ExerciseState.Replay(index, archive.Events));
        var review = ReviewRedaction.For(sight, ReviewBuilder.Build(index, archive.Id, archive.Name, archive.Events))!;
        // The HTML report embeds the images the server's would: the imported copy, else the scenario's media folder.
        // The library is found as the server finds it (Scenarios__Path, else the nearest scenarios/ folder).
        var library = ScenarioCatalogOptions.From(new ConfigurationBuilder().AddEnvironmentVariables().Build(), AppContext.BaseDirectory).Path;
        var media = new ExerciseMediaFiles(
            new ImportedMediaFolder(ImportedMediaFolder.In(Path.GetDirectoryName(Path.GetFullPath(databasePath))!)), _ => Path.Combine(library, archive.ScenarioFile));
        var images = format == ReportFormat.Html ? await media.ImagesAsync(id, archive.ScenarioId, review.Injects.SelectMany(i => i.Media), cancellationToken) : null;
        await ReportWriter.WriteAsync(output, format, review, [.. archive.Events.Where(sight.MaySee)], cancellationToken, images);
        return ExitCodes.Success;
    }

    private static async Task<int> FromServerAsync(string id, ReportFormat format, string server, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(server, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            await error.WriteLineAsync($"error: '{server}' is not an http or https address");
            return ExitCodes.UsageError;
        }

        if (Environment.GetEnvironmentVariable(TokenVariable) is not { Length: > 0 } token)
        {
            await error.WriteLineAsync($"error: set {TokenVariable} to an API token (the console's API tokens panel creates one)");
            return ExitCodes.UsageError;
        }

        using var client = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var name = format switch
        {
            ReportFormat.Markdown => "md",
            ReportFormat.Json => "json",
            ReportFormat.Csv => "csv",
            _ => "html",
        };
        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync($"/api/exercises/{Uri.EscapeDataString(id)}/report?format={name}&download=true", cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            await error.WriteLineAsync($"error: cannot reach {baseUri}: {ex.Message}");
            return ExitCodes.Failed;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                await error.WriteLineAsync($"error: the server answered {(int)response.StatusCode}: {ProblemDetail(body)}");
                return ExitCodes.Failed;
            }

            await output.WriteAsync(body);
            return ExitCodes.Success;
        }
    }

    internal static string ProblemDetail(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.TryGetProperty("detail", out var detail) ? detail.GetString() ?? ""
                : root.TryGetProperty("title", out var title) ? title.GetString() ?? ""
                : body;
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }
}
