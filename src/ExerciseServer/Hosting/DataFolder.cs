using ExerciseServer.Grains.Storage;

namespace ExerciseServer.Hosting;

/// <summary>
/// The server's data folder (<c>Storage:Path</c>): created 0700, and an existing one that group or others may
/// open is tightened, because it holds the exercise logs and the facilitator's hashes.
/// </summary>
public static class DataFolder
{
    /// <summary>Makes the folder private; returns what to tell the operator, or null when there is nothing to say.</summary>
    public static string? Secure(string path)
    {
        PrivateFiles.CreateFolder(path);
        try
        {
            return PrivateFiles.TightenFolder(path) is { } before
                ? $"The data folder {Path.GetFullPath(path)} was open to other users ({Octal(before)}); it is now 0700."
                : null;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return $"The data folder {Path.GetFullPath(path)} is open to other users and could not be made private ({ex.Message}); run chmod 700 on it.";
        }
    }

    // 511 is 0777: the permission bits, without set-user-id and the like.
    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 511, 8).PadLeft(4, '0');
}
