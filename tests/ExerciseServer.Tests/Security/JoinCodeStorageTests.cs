using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.Security;

/// <summary>
/// Join codes are stored as keyed hashes (issue 10, failure 11): after codes are issued, used, revoked and
/// re-issued, no code is in the database file or its write-ahead log, and listing codes never returns one.
/// </summary>
public sealed class JoinCodeStorageTests(ServerFactory factory) : IClassFixture<ServerFactory>
{
    private readonly HubClients _hubs = new(factory);
    private readonly SessionClients _sessions = new(factory);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Issued_codes_are_in_neither_the_database_nor_the_code_list()
    {
        var exercise = await _hubs.CreateExerciseAsync();
        var control = factory.CreateControlClient();
        var codes = new List<string>();
        foreach (var target in new object[] { new { team = "fi-ncsc" }, new { team = "ee-ria" }, new { role = "observer" }, new { role = "evaluator" } })
        {
            codes.Add(await _hubs.IssueCodeAsync(exercise, target));
        }

        await _sessions.JoinAsync(codes[0], "Aino");
        Assert.Equal(HttpStatusCode.NoContent, (await control.PostAsJsonAsync($"/api/exercises/{exercise}/codes/revoke", new { code = codes[1] }, Cancel)).StatusCode);
        var listed = await control.GetStringAsync(new Uri($"/api/exercises/{exercise}/codes", UriKind.Relative), Cancel);
        var observerId = JsonDocument.Parse(listed).RootElement.EnumerateArray().Single(c => c.GetProperty("role").GetString() == "observer").GetProperty("id").GetString();
        var reissued = await control.PostAsync(new Uri($"/api/exercises/{exercise}/codes/{observerId}/reissue", UriKind.Relative), null, Cancel);
        codes.Add((await reissued.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString()!);
        listed = await control.GetStringAsync(new Uri($"/api/exercises/{exercise}/codes", UriKind.Relative), Cancel);

        var list = JsonDocument.Parse(listed).RootElement;
        Assert.Equal(5, list.GetArrayLength());
        Assert.All(list.EnumerateArray(), c => Assert.False(c.TryGetProperty("code", out _)));
        var stored = StoredBytes();
        Assert.NotEmpty(stored);
        foreach (var code in codes)
        {
            Assert.DoesNotContain(code, listed, StringComparison.Ordinal);
            Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), listed, StringComparison.Ordinal);
            Assert.Equal(-1, stored.AsSpan().IndexOf(Encoding.UTF8.GetBytes(code)));
            Assert.Equal(-1, stored.AsSpan().IndexOf(Encoding.UTF8.GetBytes(code.Replace("-", "", StringComparison.Ordinal))));
        }
    }

    /// <summary>The database file, its write-ahead log and shared memory, read while the server has them open.</summary>
    private byte[] StoredBytes()
    {
        using var all = new MemoryStream();
        foreach (var file in Directory.GetFiles(factory.DataPath, "exerciseserver.db*"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.CopyTo(all);
        }

        return all.ToArray();
    }
}
