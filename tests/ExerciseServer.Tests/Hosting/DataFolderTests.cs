using System.Net;
using System.Net.Http.Json;
using ExerciseServer.Grains.Storage;
using ExerciseServer.Hosting;
using ExerciseServer.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace ExerciseServer.Tests.Hosting;

/// <summary>The data folder and the database in it are private to the server's user (issue 10, failure 11).</summary>
public sealed class DataFolderTests
{
    private const UnixFileMode WideFolder =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_server_started_on_a_folder_open_to_others_makes_it_0700_and_its_database_0600()
    {
        var data = Path.Combine(Directory.CreateTempSubdirectory("wide-data-").FullName, "data");
        CreateWideFolder(data);
        await using var server = new ServerFactory().WithWebHostBuilder(b => b.UseSetting("Storage:Path", data));
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", ServerFactory.ApiToken);

        var response = await client.PostAsJsonAsync("/api/exercises", new { scenarioId = "quickstart", name = "Modes" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var database = Path.Combine(data, "exerciseserver.db");
        Assert.True(File.Exists(database));
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(PrivateFiles.FolderMode, File.GetUnixFileMode(data));
            var files = Directory.GetFiles(data, "exerciseserver.db*");
            Assert.Contains(database + "-wal", files);
            foreach (var file in files)
            {
                Assert.Equal((file, PrivateFiles.FileMode), (file, File.GetUnixFileMode(file)));
            }
        }
    }

    [Fact]
    public void A_missing_folder_is_created_private_with_nothing_to_report()
    {
        var data = Path.Combine(Directory.CreateTempSubdirectory("new-data-").FullName, "a", "data");

        var notice = DataFolder.Secure(data);

        Assert.Null(notice);
        Assert.True(Directory.Exists(data));
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(PrivateFiles.FolderMode, File.GetUnixFileMode(data));
        }
    }

    [Fact]
    public void A_folder_open_to_others_is_tightened_and_the_operator_told()
    {
        var data = Path.Combine(Directory.CreateTempSubdirectory("wide-data-").FullName, "data");
        CreateWideFolder(data);

        var notice = DataFolder.Secure(data);

        if (OperatingSystem.IsLinux())
        {
            Assert.Equal($"The data folder {data} was open to other users (0755); it is now 0700.", notice);
            Assert.Equal(PrivateFiles.FolderMode, File.GetUnixFileMode(data));
        }
    }

    private static void CreateWideFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, WideFolder);
    }
}
