using ExerciseServer.Core.Msel;
using ExerciseServer.Core.Scenarios.Graphs;
using ExerciseServer.Msel;
using ExerciseServer.Scenarios;
using ExerciseServer.Security;

namespace ExerciseServer.Hosting;

/// <summary>
/// The scenario library's MSEL side, for exercise control: a scenario's injects as an XLSX download, its inject
/// flow as the Mermaid or DOT document <c>graph</c> prints (the console draws it), and uploads of a scenario file or
/// an MSEL sheet. Control only, like the rest of the library: the flow shows every inject, to come or not. The upload is the raw file in the body (not a form), so a browser sends it
/// only after a CORS preflight, as with the JSON API.
/// </summary>
public static class ScenarioLibraryEndpoints
{
    public static void MapScenarioLibrary(this WebApplication app)
    {
        var library = app.MapGroup("/api/scenarios").WithTags("Scenarios").RequireAuthorization(ExerciseClaims.ControlPolicy);
        library.MapGet("/{id}/msel.xlsx", Download).WithSummary("The scenario's injects as an MSEL workbook (XLSX).");
        library.MapGet("/{id}/flow", Flow)
            .WithSummary("The scenario's inject flow with phase lanes and story times, as 'format' mermaid (default) or dot: the document 'graph' prints.");
        library.MapPost("/upload", UploadAsync)
            .WithSummary("Add a scenario (.yaml) or an MSEL sheet (.xlsx, .csv) to the library; 'into' puts a sheet's injects into a scenario already there.");
    }

    private static IResult Download(string id, ScenarioCatalog catalog)
    {
        if (catalog.Find(id) is not { Result.Scenario: { } scenario })
        {
            return Results.Problem(statusCode: 404, title: "No such scenario", detail: $"There is no scenario '{id}' in the library.");
        }

        using var stream = new MemoryStream();
        XlsxMselFile.Write(MselExporter.Export(scenario, $"{id}-msel.xlsx"), stream);
        return Results.File(stream.ToArray(), MselFiles.XlsxContentType, $"{id}-msel.xlsx");
    }

    private static IResult Flow(string id, string? format, ScenarioCatalog catalog)
    {
        if (format is not (null or "mermaid" or "dot"))
        {
            return Results.Problem(statusCode: 400, title: "Unknown format", detail: $"'{format}' is not a diagram format; use mermaid or dot.");
        }

        if (catalog.Find(id) is not { Result: var result })
        {
            return Results.Problem(statusCode: 404, title: "No such scenario", detail: $"There is no scenario '{id}' in the library.");
        }

        // The flow follows references between injects; with errors some do not resolve, as 'graph' refuses them too.
        if (!result.IsPlayable)
        {
            return Results.Problem(statusCode: 422, title: "The scenario has errors",
                detail: $"Scenario '{id}' has {result.ErrorCount} error(s); fix them first (validate shows all problems).");
        }

        return format == "dot"
            ? Results.Text(InjectFlowGraph.ToDot(result.Scenario!), "text/vnd.graphviz; charset=utf-8")
            : Results.Text(InjectFlowGraph.ToMermaid(result.Scenario!), "text/vnd.mermaid; charset=utf-8");
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, string? name, string? into, bool? replace, ScenarioCatalog catalog, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Results.Problem(statusCode: 400, title: "name is required", detail: "Send the file as the body with ?name=<file name>, such as ?name=msel.xlsx.");
        }

        // A form, text/plain or no type at all can be posted cross-site without a preflight; a file type cannot.
        if (string.IsNullOrEmpty(request.ContentType) || request.HasFormContentType || request.ContentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: 415, title: "Send the file itself as the body", detail: "Use Content-Type application/octet-stream, not a form.");
        }

        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (body.Length + read > ScenarioUpload.MaxBytes)
            {
                return Results.Problem(statusCode: 413, title: "The file is too large", detail: $"An upload has at most {ScenarioUpload.MaxBytes:N0} bytes.");
            }

            body.Write(buffer, 0, read);
        }

        var outcome = await new ScenarioUpload(catalog).AddAsync(name, body.ToArray(), into, replace ?? false, cancellationToken);
        var problems = outcome.Problems.Select(p => new UploadProblem(p.Location, p.IsError ? "error" : "warning", p.Code, p.Message, p.ToString())).ToList();
        return outcome.Status == 201
            ? Results.Created($"/api/scenarios/{outcome.ScenarioId}/msel.xlsx", new { id = outcome.ScenarioId, file = outcome.File, warnings = problems })
            : Results.Problem(statusCode: outcome.Status, title: outcome.Title, extensions: new Dictionary<string, object?> { ["errors"] = problems });
    }
}
