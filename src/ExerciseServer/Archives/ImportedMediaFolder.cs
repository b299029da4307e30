using ExerciseServer.Core.Scenarios.Media;
using ExerciseServer.Grains.Storage;

namespace ExerciseServer.Archives;

/// <summary>
/// The media files that came with imported exercises, in the data folder: <c>imported-media/&lt;exercise-id&gt;/</c>.
/// An imported exercise keeps its own copy, since this server's library may not have its scenario (or has another
/// version of it). Files are written to a hidden folder and moved into place whole, so a failed import leaves none.
/// </summary>
public sealed class ImportedMediaFolder(string root)
{
    public string Root => root;

    /// <summary>The folder for imported media inside a server's data folder.</summary>
    public static string In(string dataFolder) => Path.Combine(dataFolder, "imported-media");

    /// <summary>Writes the files under a name no exercise has yet, then moves them to <paramref name="exerciseId"/>'s folder.</summary>
    public async Task WriteAsync(string exerciseId, IReadOnlyDictionary<string, byte[]> media, CancellationToken cancellationToken)
    {
        if (media.Count == 0)
        {
            return;
        }

        PrivateFiles.CreateFolder(root);
        var incoming = Path.Combine(root, $".incoming-{Guid.NewGuid():N}");
        PrivateFiles.CreateFolder(incoming);
        try
        {
            foreach (var (name, bytes) in media)
            {
                if (!MediaFiles.IsPlainName(name))
                {
                    throw new ArgumentException($"'{name}' is not a plain media file name", nameof(media));
                }

                await File.WriteAllBytesAsync(Path.Combine(incoming, name), bytes, cancellationToken);
            }

            Directory.Move(incoming, FolderOf(exerciseId));
        }
        catch
        {
            Directory.Delete(incoming, recursive: true);
            throw;
        }
    }

    /// <summary>Removes an exercise's files, when the import they came with failed after all.</summary>
    public void Delete(string exerciseId)
    {
        var folder = FolderOf(exerciseId);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The imported file, when <paramref name="exerciseId"/> was imported with one of that name; otherwise null.</summary>
    public FileInfo? Find(string exerciseId, string name)
    {
        if (!MediaFiles.IsPlainName(name) || MediaFiles.TypeOf(name) is null || !MediaFiles.IsPlainName(exerciseId))
        {
            return null;
        }

        var file = new FileInfo(Path.Combine(FolderOf(exerciseId), name));
        return file.Exists ? file : null;
    }

    private string FolderOf(string exerciseId) => Path.Combine(root, exerciseId);
}
