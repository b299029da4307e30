using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ExerciseServer.Core.Archives;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Media;
using ExerciseServer.Core.Scenarios.Yaml;
using ExerciseServer.Grains.Storage;

namespace ExerciseServer.Archives;

/// <summary>
/// Reads and verifies an exercise archive, entirely in memory, before anything is written: a complete zip with
/// only the format's entries, a manifest of this format and version, every entry matching its SHA-256, a scenario
/// that loads without errors, a log numbered 1…n, and the log replayed through this server's engine reaching the
/// state hash the exporting server wrote. The first failure is the refusal, in words for the operator.
/// </summary>
public static class ExerciseArchiveReader
{
    /// <summary>The largest archive taken: a long log and a scenario's media files.</summary>
    public const long MaxArchiveBytes = 256L * 1024 * 1024;

    private const long MaxLogBytes = 128L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ArchiveReading Read(byte[] archive)
    {
        Dictionary<string, byte[]> files;
        byte[]? manifestBytes = null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(archive, writable: false), ZipArchiveMode.Read);
            files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (!ArchiveFormat.IsKnownPath(entry.FullName))
                {
                    return ArchiveReading.Refused($"'{entry.FullName}' is not an entry of an exercise archive");
                }

                var limit = LimitOf(entry.FullName);
                if (entry.Length > limit || (total += entry.Length) > MaxArchiveBytes)
                {
                    return ArchiveReading.Refused($"'{entry.FullName}' is larger than an archive entry may be ({limit:N0} bytes)");
                }

                var bytes = ReadAll(entry, limit);
                if (entry.FullName == ArchiveFormat.ManifestPath ? manifestBytes is not null : !files.TryAdd(entry.FullName, bytes))
                {
                    return ArchiveReading.Refused($"'{entry.FullName}' is in the archive twice");
                }

                manifestBytes ??= entry.FullName == ArchiveFormat.ManifestPath ? bytes : null;
            }
        }
        catch (InvalidDataException ex)
        {
            return ArchiveReading.Refused($"the file is not a complete zip archive (damaged or cut short): {ex.Message}");
        }

        if (manifestBytes is null)
        {
            return ArchiveReading.Refused($"the archive has no {ArchiveFormat.ManifestPath}: it was not written by an exercise server");
        }

        ArchiveManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ArchiveManifest>(manifestBytes, ExerciseArchiveWriter.ManifestJson);
        }
        catch (JsonException ex)
        {
            return ArchiveReading.Refused($"{ArchiveFormat.ManifestPath} is not a manifest: {ex.Message}");
        }

        if ((ArchiveCheck.Format(manifest) ?? ArchiveCheck.Entries(manifest!, files)) is { } refusal)
        {
            return ArchiveReading.Refused(refusal);
        }

        return Verify(manifest!, files);
    }

    private static ArchiveReading Verify(ArchiveManifest manifest, Dictionary<string, byte[]> files)
    {
        var scenarioFile = manifest.ScenarioEntry[ArchiveFormat.ScenarioFolder.Length..];
        if (!TryText(files[manifest.ScenarioEntry], out var scenarioText))
        {
            return ArchiveReading.Refused("the archive's scenario is not UTF-8 text");
        }

        var loaded = ScenarioLoader.Load(scenarioFile, scenarioText);
        if (loaded.Scenario is null || loaded.HasErrors)
        {
            var first = loaded.Diagnostics.FirstOrDefault(d => d.IsError);
            return ArchiveReading.Refused($"the archive's scenario has {loaded.ErrorCount} error(s) on this server; first: {first}");
        }

        if (loaded.Scenario.Id != manifest.ScenarioId)
        {
            return ArchiveReading.Refused($"the archive's scenario is '{loaded.Scenario.Id}', but the manifest says '{manifest.ScenarioId}'");
        }

        var media = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, bytes) in files.Where(f => f.Key.StartsWith(ArchiveFormat.MediaFolder, StringComparison.Ordinal)))
        {
            var name = path[ArchiveFormat.MediaFolder.Length..];
            if (!MediaFiles.IsPlainName(name) || MediaFiles.TypeOf(name) is null)
            {
                return ArchiveReading.Refused($"'{path}' is not a media file an exercise may carry");
            }

            media[name] = bytes;
        }

        if (ReadEvents(files[ArchiveFormat.EventsPath], out var events) is { } unreadable)
        {
            return ArchiveReading.Refused(unreadable);
        }

        if (events.Count != manifest.EventCount)
        {
            return ArchiveReading.Refused($"the log has {events.Count} events, but the manifest says {manifest.EventCount}");
        }

        if (ExerciseStateHash.SequenceProblem(events) is { } gap)
        {
            return ArchiveReading.Refused(gap);
        }

        return Replay(manifest, loaded.Scenario, events) is { } mismatch
            ? ArchiveReading.Refused(mismatch)
            : new ArchiveReading(new VerifiedArchive(manifest, scenarioFile, scenarioText, events, media), null);
    }

    /// <summary>Null when this server's engine replays the log to the manifest's last seq and state hash; otherwise why not.</summary>
    private static string? Replay(ArchiveManifest manifest, Core.Scenarios.Model.Scenario scenario, IReadOnlyList<ExerciseEvent> events)
    {
        ExerciseState state;

        // Any failure of a log the hashes vouch for but this engine cannot apply is a refusal, not a crash.
        try
        {
            state = ExerciseState.Replay(new ScenarioIndex(scenario), events);
        }
        catch (Exception ex)
        {
            return $"the log does not replay through this server's engine: {ex.Message}";
        }

        if (state.LastSeq != manifest.LastSeq)
        {
            return $"the log replays to event {state.LastSeq}, but the manifest says {manifest.LastSeq}";
        }

        if (ExerciseStateHash.Of(state) != manifest.StateSha256)
        {
            return $"replaying the log on this server ({ExerciseArchiveWriter.ServerVersion}) reaches a different state than on the server that exported it ({manifest.ServerVersion})";
        }

        return state.Lifecycle == ExerciseLifecycle.Running
            ? "the exercise was running when it was archived; pause or end it, then export it again"
            : null;
    }

    private static string? ReadEvents(byte[] bytes, out List<ExerciseEvent> events)
    {
        events = [];
        if (!TryText(bytes, out var text))
        {
            return "the log is not UTF-8 text";
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            try
            {
                events.Add(JsonSerializer.Deserialize<ExerciseEvent>(lines[i], StorageJson.Options)
                    ?? throw new JsonException("an event is null"));
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException)
            {
                return $"line {i + 1} of the log is not an event: {ex.Message}";
            }
        }

        return null;
    }

    private static long LimitOf(string path) =>
        path == ArchiveFormat.EventsPath ? MaxLogBytes
        : path.StartsWith(ArchiveFormat.MediaFolder, StringComparison.Ordinal) ? MediaFiles.MaxBytes
        : path.StartsWith(ArchiveFormat.ScenarioFolder, StringComparison.Ordinal) ? YamlDocumentReader.MaxCharacters * 4L
        : 1024 * 1024;

    /// <summary>The entry's bytes, read no further than <paramref name="limit"/> whatever its header claims (a zip bomb stops there).</summary>
    private static byte[] ReadAll(ZipArchiveEntry entry, long limit)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            if (copy.Length + read > limit)
            {
                throw new InvalidDataException($"'{entry.FullName}' holds more than its header says");
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }

    private static bool TryText(byte[] bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
