using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ExerciseServer.Msel;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.Msel;

/// <summary>The console's MSEL download and the library's upload, on a copy of the shipped scenarios.</summary>
public sealed class MselLibraryEndpointTests(MselLibraryEndpointTests.LibraryCopyFactory factory) : IClassFixture<MselLibraryEndpointTests.LibraryCopyFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Control_downloads_a_scenarios_MSEL_as_a_workbook()
    {
        var response = await factory.CreateControlClient().GetAsync(new Uri("/api/scenarios/quickstart/msel.xlsx", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MselFiles.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        var sheet = XlsxMselFile.Read("quickstart-msel.xlsx", new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel)));
        Assert.Equal(7, sheet.Rows.Count);
        Assert.Equal("q01-signal-loss", sheet.Rows[1][2]?.Text);
        Assert.Equal(new DateTime(2026, 1, 12, 7, 1, 0), sheet.Rows[1][3]?.Date);
    }

    [Fact]
    public async Task Only_control_may_download_and_an_unknown_scenario_is_a_problem()
    {
        var anonymous = await factory.CreateClient().GetAsync(new Uri("/api/scenarios/quickstart/msel.xlsx", UriKind.Relative), Cancel);
        var unknown = await factory.CreateControlClient().GetAsync(new Uri("/api/scenarios/quickstrat/msel.xlsx", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_uploaded_sheet_with_a_bad_team_is_refused_with_the_cell()
    {
        var csv = "Inject ID,Story date/time,To,Subject\r\nx1,2026-01-12 07:05,fi-ncs,Hello\r\n";

        var response = await Upload("bad.csv", System.Text.Encoding.UTF8.GetBytes(csv), "into=quickstart");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Contains(problem.RootElement.GetProperty("errors").EnumerateArray(), e =>
            e.GetProperty("text").GetString() == "bad.csv:C2: error MS203: no team 'fi-ncs' in the scenario; did you mean 'fi-ncsc'?");
    }

    [Fact]
    public async Task An_uploaded_sheet_updates_the_injects_of_a_library_scenario()
    {
        var client = factory.CreateControlClient();
        var workbook = await client.GetByteArrayAsync(new Uri("/api/scenarios/quickstart/msel.xlsx", UriKind.Relative), Cancel);

        var response = await Upload("quickstart-msel.xlsx", workbook, "into=quickstart");

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        using var library = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/scenarios", UriKind.Relative), Cancel));
        var quickstart = library.RootElement.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "quickstart");
        Assert.True(quickstart.GetProperty("playable").GetBoolean());
        Assert.Equal(6, quickstart.GetProperty("injects").GetInt32());
    }

    [Fact]
    public async Task A_form_post_is_refused()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "msel.xlsx" } };
        var response = await factory.CreateControlClient().PostAsync(new Uri("/api/scenarios/upload?name=msel.xlsx", UriKind.Relative), form, Cancel);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        using var untyped = new ByteArrayContent([1, 2, 3]);
        var bare = await factory.CreateControlClient().PostAsync(new Uri("/api/scenarios/upload?name=msel.xlsx", UriKind.Relative), untyped, Cancel);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, bare.StatusCode);
    }

    private async Task<HttpResponseMessage> Upload(string name, byte[] content, string query)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await factory.CreateControlClient().PostAsync(new Uri($"/api/scenarios/upload?name={name}&{query}", UriKind.Relative), body, Cancel);
    }

    /// <summary>The server with a library of its own: a copy of the shipped scenarios that uploads may change.</summary>
    public sealed class LibraryCopyFactory : ServerFactory
    {
        private readonly string _library = Directory.CreateTempSubdirectory("library-").FullName;

        public LibraryCopyFactory()
        {
            foreach (var file in Shared.RepositoryPaths.ShippedScenarios)
            {
                File.Copy(file, Path.Combine(_library, Path.GetFileName(file)));
            }
        }

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Scenarios:Path"] = _library };
    }
}
