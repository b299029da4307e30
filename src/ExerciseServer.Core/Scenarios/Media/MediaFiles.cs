using System.Text.RegularExpressions;

namespace ExerciseServer.Core.Scenarios.Media;

/// <summary>
/// The rules for the files an inject's <c>media</c> names, kept in <c>&lt;scenario-id&gt;/media/</c> beside the
/// scenario file: a plain file name (no folder, nothing hidden), one of a few types browsers show safely, and at most
/// <see cref="MaxBytes"/>. SVG is left out on purpose: it can carry script. Checking that a file exists and its size
/// is file I/O, so the host does it; this class only knows the rules.
/// </summary>
public static partial class MediaFiles
{
    /// <summary>The largest media file, 10 MiB: a photo, a scanned page, a short recording.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public static IReadOnlyList<MediaType> Types { get; } =
    [
        new(".png", "image/png", MediaKind.Image),
        new(".jpg", "image/jpeg", MediaKind.Image),
        new(".jpeg", "image/jpeg", MediaKind.Image),
        new(".webp", "image/webp", MediaKind.Image),
        new(".gif", "image/gif", MediaKind.Image),
        new(".pdf", "application/pdf", MediaKind.Document),
        new(".mp3", "audio/mpeg", MediaKind.Audio),
        new(".ogg", "audio/ogg", MediaKind.Audio),
        new(".wav", "audio/wav", MediaKind.Audio),
    ];

    /// <summary>The extensions allowed, for messages: ".png, .jpg, …".</summary>
    public static string AllowedList => string.Join(", ", Types.Select(t => t.Extension));

    /// <summary>A name without folders or leading dot: letters, digits, '-', '_' and '.', at most 100 characters.</summary>
    public static bool IsPlainName(string name) => PlainName().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal);

    /// <summary>The type of a file by its extension (any case); null for a type injects may not carry.</summary>
    public static MediaType? TypeOf(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return null;
        }

        var extension = name[dot..].ToLowerInvariant();
        return Types.FirstOrDefault(t => t.Extension == extension);
    }

    /// <summary>The folder of a scenario's media, relative to the folder its file is in.</summary>
    public static string FolderOf(string scenarioId) => $"{scenarioId}/media";

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainName();
}
