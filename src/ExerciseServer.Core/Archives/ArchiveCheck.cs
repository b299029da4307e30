using System.Security.Cryptography;

namespace ExerciseServer.Core.Archives;

/// <summary>
/// Whether an archive's files are the ones its manifest names, unchanged: the format and version are this server's,
/// every listed entry is there with its size and SHA-256, nothing unlisted was added, and the scenario and log the
/// manifest points at are among them. Each answer is the first reason to refuse, in words for the operator.
/// </summary>
public static class ArchiveCheck
{
    /// <summary>Null when the manifest is one this server reads; otherwise why not.</summary>
    public static string? Format(ArchiveManifest? manifest)
    {
        if (manifest is null)
        {
            return $"{ArchiveFormat.ManifestPath} is empty";
        }

        if (manifest.Format != ArchiveFormat.Name)
        {
            return $"the manifest is of format '{manifest.Format}', not '{ArchiveFormat.Name}': this is not an exercise archive";
        }

        if (manifest.FormatVersion != ArchiveFormat.Version)
        {
            return manifest.FormatVersion > ArchiveFormat.Version
                ? $"the archive is format version {manifest.FormatVersion}, written by a newer server ({manifest.ServerVersion}); this server reads version {ArchiveFormat.Version}"
                : $"the archive is format version {manifest.FormatVersion}, which this server does not read (it reads version {ArchiveFormat.Version})";
        }

        if (string.IsNullOrEmpty(manifest.ExerciseName) || string.IsNullOrEmpty(manifest.ScenarioId) || manifest.Entries is null
            || string.IsNullOrEmpty(manifest.ScenarioEntry) || string.IsNullOrEmpty(manifest.EventsEntry) || string.IsNullOrEmpty(manifest.StateSha256))
        {
            return "the manifest lacks a required field (exerciseName, scenarioId, scenarioEntry, eventsEntry, stateSha256 or entries)";
        }

        return null;
    }

    /// <summary>Null when <paramref name="files"/> (every zip entry but the manifest) are exactly the manifest's entries; otherwise why not.</summary>
    public static string? Entries(ArchiveManifest manifest, IReadOnlyDictionary<string, byte[]> files)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in manifest.Entries)
        {
            if (entry?.Path is not { } path || !ArchiveFormat.IsKnownPath(path) || path == ArchiveFormat.ManifestPath)
            {
                return $"the manifest lists an entry '{entry?.Path}' that is not part of the format";
            }

            if (!listed.Add(path))
            {
                return $"the manifest lists '{path}' twice";
            }

            if (!files.TryGetValue(path, out var bytes))
            {
                return $"'{path}' is listed in the manifest but missing from the archive";
            }

            if (bytes.LongLength != entry.Bytes || !string.Equals(Sha256(bytes), entry.Sha256, StringComparison.Ordinal))
            {
                return $"'{path}' does not match its SHA-256 in the manifest: the archive was changed or damaged";
            }
        }

        if (files.Keys.FirstOrDefault(path => !listed.Contains(path)) is { } extra)
        {
            return $"'{extra}' is in the archive but not in its manifest";
        }

        if (!listed.Contains(manifest.EventsEntry) || manifest.EventsEntry != ArchiveFormat.EventsPath)
        {
            return $"the manifest's event log '{manifest.EventsEntry}' is not among its entries";
        }

        if (!manifest.ScenarioEntry.StartsWith(ArchiveFormat.ScenarioFolder, StringComparison.Ordinal) || !listed.Contains(manifest.ScenarioEntry))
        {
            return $"the manifest's scenario '{manifest.ScenarioEntry}' is not among its entries";
        }

        return !string.Equals(Sha256(files[manifest.ScenarioEntry]), manifest.ScenarioSha256, StringComparison.Ordinal)
            ? "the scenario does not match the manifest's scenarioSha256"
            : null;
    }

    /// <summary>Lower-case hex SHA-256, the form the manifest writes.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
