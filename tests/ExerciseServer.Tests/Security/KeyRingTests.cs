using System.Net;
using ExerciseServer.Tests.Support;

namespace ExerciseServer.Tests.Security;

/// <summary>
/// The cookie key ring belongs to the data folder: a restarted server keeps everybody signed in, and a server with
/// another data folder (another installation, same user and home directory) does not accept its cookies.
/// </summary>
public sealed class KeyRingTests
{
    [Fact]
    public async Task A_restart_on_the_same_data_folder_keeps_sessions_and_another_data_folder_refuses_them()
    {
        var folder = Directory.CreateTempSubdirectory("key-ring-").FullName;
        System.Net.CookieContainer cookies;
        await using (var first = new DataFolderServer(folder))
        {
            cookies = await new SessionClients(first).SignInFacilitatorAsync();
            Assert.Equal(HttpStatusCode.OK, await new SessionClients(first).MeAsync(cookies));
        }

        await using var restarted = new DataFolderServer(folder);
        await using var other = new DataFolderServer(Directory.CreateTempSubdirectory("key-ring-other-").FullName);

        Assert.Equal(HttpStatusCode.OK, await new SessionClients(restarted).MeAsync(cookies));
        Assert.Equal(HttpStatusCode.Unauthorized, await new SessionClients(other).MeAsync(cookies));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "keys"), "key-*.xml"));
    }

    private sealed class DataFolderServer(string folder) : ServerFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Storage:Path"] = folder };
    }
}
