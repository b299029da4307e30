namespace ExerciseServer.Grains.Storage;

/// <summary>
/// Folders and files only the server's own user may read: the data folder holds the exercise logs, the
/// facilitator's password hash and API token hashes. On Windows the folder's inherited ACL applies instead.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode GroupAndOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Creates the folder 0700 (missing parents get the usual mode); an existing folder is left as it is.</summary>
    public static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, FolderMode);
    }

    /// <summary>
    /// Takes group and other access away from an existing folder. Returns the mode it had when that was wider
    /// than 0700, so the caller can say so; null when it was already private (or on Windows).
    /// </summary>
    public static UnixFileMode? TightenFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & GroupAndOthers) == 0)
        {
            return null;
        }

        File.SetUnixFileMode(path, mode & ~GroupAndOthers);
        return mode;
    }

    /// <summary>
    /// Creates an empty file 0600 when it is missing, so whatever opens it next (SQLite) finds it private, and
    /// takes group and other access away from it, and from the given siblings, when they already exist.
    /// </summary>
    public static void CreateFile(string path, params ReadOnlySpan<string> siblings)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            using var created = new FileStream(path, new FileStreamOptions
            {
                Mode = System.IO.FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = FileMode,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Already there, from an earlier start or a process that won the race: tightened below.
        }

        Tighten(path);
        foreach (var sibling in siblings)
        {
            if (File.Exists(sibling))
            {
                Tighten(sibling);
            }
        }
    }

    private static void Tighten(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(file);
        if ((mode & GroupAndOthers) == 0)
        {
            return;
        }

        try
        {
            File.SetUnixFileMode(file, mode & ~GroupAndOthers);
        }
        catch (UnauthorizedAccessException)
        {
            // Another user's file (a report read from someone else's database): not ours to change.
        }
    }
}
