using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Text.Json;
using ExerciseServer.Core.Archives;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Grains.Storage;

namespace ExerciseServer.Archives;

/// <summary>
/// Writes an exercise archive (<see cref="ArchiveFormat"/>): the scenario file, the media files, the log as JSON
/// lines in the store's own form, and a manifest with the SHA-256 of each and the hash of the state the log
/// replays to here, which the importing server must reach again.
/// </summary>
public static class ExerciseArchiveWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>This server's version, as manifests record it.</summary>
    public static string ServerVersion { get; } =
        typeof(ExerciseArchiveWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static JsonSerializerOptions ManifestJson { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The archive as bytes; null when the stored scenario no longer loads (then its log cannot be verified anywhere).</summary>
    public static byte[]? Write(ArchiveContents contents, DateTimeOffset exportedAt)
    {
        var loaded = ScenarioLoader.Load(contents.ScenarioFile, contents.ScenarioText);
        if (loaded.Scenario is null || loaded.HasErrors)
        {
            return null;
        }

        var state = ExerciseState.Replay(new ScenarioIndex(loaded.Scenario), contents.Events);
        var files = new List<(string Path, byte[] Bytes)>
        {
            (ArchiveFormat.ScenarioFolder + Path.GetFileName(contents.ScenarioFile), Utf8.GetBytes(contents.ScenarioText)),
            (ArchiveFormat.EventsPath, EventLines(contents.Events)),
        };
        files.AddRange(contents.Media.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => (ArchiveFormat.MediaFolder + m.Key, m.Value)));

        var manifest = new ArchiveManifest(
            ArchiveFormat.Name,
            ArchiveFormat.Version,
            ServerVersion,
            exportedAt,
            contents.ExerciseId,
            contents.Name,
            contents.ScenarioId,
            files[0].Path,
            ArchiveCheck.Sha256(files[0].Bytes),
            ArchiveFormat.EventsPath,
            contents.Events.Count,
            state.LastSeq,
            ExerciseStateHash.Of(state),
            [.. files.Select(f => new ArchiveEntry(f.Path, f.Bytes.LongLength, ArchiveCheck.Sha256(f.Bytes)))]);

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, ArchiveFormat.ManifestPath, JsonSerializer.SerializeToUtf8Bytes(manifest, ManifestJson), exportedAt);
            foreach (var (path, bytes) in files)
            {
                Add(zip, path, bytes, exportedAt);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>One event per line, exactly as the log stores it (and as <c>GET …/events</c> answers).</summary>
    public static byte[] EventLines(IReadOnlyList<ExerciseEvent> events)
    {
        var text = new StringBuilder();
        foreach (var e in events)
        {
            text.Append(JsonSerializer.Serialize<ExerciseEvent>(e, StorageJson.Options)).Append('\n');
        }

        return Utf8.GetBytes(text.ToString());
    }

    private static void Add(ZipArchive zip, string path, byte[] bytes, DateTimeOffset modified)
    {
        var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = modified;
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
