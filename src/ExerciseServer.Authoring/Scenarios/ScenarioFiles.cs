using System.Text;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Scenarios;

/// <summary>The file side of scenarios: finding them on disk and reading them, for the Core loader.</summary>
public static class ScenarioFiles
{
    private static readonly string[] Extensions = [".yaml", ".yml"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Every scenario file a path names: the file itself, or the YAML files under a folder, sorted.</summary>
    public static IReadOnlyList<string> Expand(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !IsPolicyFile(f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "node_modules" or ".git"))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Dry-run policies (<c>*.policy.yaml</c>) live beside scenarios but are not scenarios.</summary>
    public static bool IsPolicyFile(string path) =>
        path.EndsWith(".policy.yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".policy.yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads and validates one file, with the media files it names (<see cref="MediaFolder"/>); a file that cannot be
    /// read is a located error, not an exception.
    /// </summary>
    public static async Task<ScenarioLoadResult> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            if (new FileInfo(path).Length > YamlDocumentReader.MaxCharacters * 4L)
            {
                return ScenarioLoader.Unreadable(path, $"the file is larger than a scenario may be ({YamlDocumentReader.MaxCharacters:N0} characters)");
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var offset = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            var result = ScenarioLoader.Load(path, StrictUtf8.GetString(bytes, offset, bytes.Length - offset));
            return result.Scenario is { } scenario ? ScenarioLoader.WithFileChecks(result, MediaFolder.Check(path, scenario)) : result;
        }
        catch (DecoderFallbackException)
        {
            return ScenarioLoader.Unreadable(path, "the file is not UTF-8 text; save it as UTF-8");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ScenarioLoader.Unreadable(path, $"the file cannot be read: {ex.Message}");
        }
    }
}
