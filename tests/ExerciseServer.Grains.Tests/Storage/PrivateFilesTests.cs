using ExerciseServer.Grains.Storage;
using Orleans.Storage;

namespace ExerciseServer.Grains.Tests.Storage;

/// <summary>The embedded database and its folder are readable by the server's own user only.</summary>
public sealed class PrivateFilesTests
{
    private const UnixFileMode WideFolder =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
    private const UnixFileMode WideFile =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private sealed class State
    {
        public int Value { get; set; }
    }

    [Fact]
    public async Task A_new_database_folder_is_0700_and_the_database_with_its_log_files_0600()
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("private-").FullName, "data", "nested");
        var path = Path.Combine(folder, "exerciseserver.db");

        await WriteOneRecordAsync(path);

        Assert.True(File.Exists(path));
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(PrivateFiles.FolderMode, File.GetUnixFileMode(folder));
            var files = Directory.GetFiles(folder);
            Assert.Contains(path + "-wal", files);
            foreach (var file in files)
            {
                Assert.Equal((file, PrivateFiles.FileMode), (file, File.GetUnixFileMode(file)));
            }
        }
    }

    /// <summary>As a database written by an older server, before it made its files private, would be found.</summary>
    [Fact]
    public async Task An_existing_database_readable_by_others_is_made_private()
    {
        var folder = Directory.CreateTempSubdirectory("private-").FullName;
        var path = Path.Combine(folder, "exerciseserver.db");
        await WriteOneRecordAsync(path);
        if (OperatingSystem.IsLinux())
        {
            foreach (var file in Directory.GetFiles(folder))
            {
                File.SetUnixFileMode(file, WideFile);
            }
        }

        await WriteOneRecordAsync(path, "second");

        if (OperatingSystem.IsLinux())
        {
            foreach (var file in Directory.GetFiles(folder))
            {
                Assert.Equal((file, PrivateFiles.FileMode), (file, File.GetUnixFileMode(file)));
            }
        }
    }

    [Fact]
    public void An_existing_folder_open_to_others_is_tightened_and_its_old_mode_returned()
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("private-").FullName, "wide");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            Assert.Null(PrivateFiles.TightenFolder(folder));
            return;
        }

        Directory.CreateDirectory(folder, WideFolder);

        var before = PrivateFiles.TightenFolder(folder);

        Assert.Equal(WideFolder, before);
        Assert.Equal(PrivateFiles.FolderMode, File.GetUnixFileMode(folder));
        Assert.Null(PrivateFiles.TightenFolder(folder));
    }

    private static async Task WriteOneRecordAsync(string path, string key = "first")
    {
        var storage = new SqliteGrainStorage("test", new SqliteDatabase(new SqliteStorageOptions { DatabasePath = path }));
        await storage.WriteStateAsync("s", GrainId.Create("test", key), new GrainState<State>(new State { Value = 1 }));
    }
}
