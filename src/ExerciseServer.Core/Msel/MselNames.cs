using System.Globalization;
using System.Text;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Msel;

/// <summary>
/// Turns what a sheet writes for a team, persona, phase or objective (an id, or a name as people write it) into
/// the scenario's id. Into an existing scenario an unknown name is a problem; for a new scenario it becomes a new
/// item, which the head of the new file lists.
/// </summary>
public sealed class MselNames
{
    private readonly Dictionary<string, (string Id, string Name)> _byKey = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly List<(string Id, string Name)> _created = [];

    private MselNames(bool createsUnknown) => CreatesUnknown = createsUnknown;

    /// <summary>True for a new scenario: unknown names become new items.</summary>
    public bool CreatesUnknown { get; }

    /// <summary>The items made from the sheet, in the order first seen.</summary>
    public IReadOnlyList<(string Id, string Name)> Created => _created;

    public IReadOnlyList<string> Ids => _ids;

    public static MselNames Known(IEnumerable<(string Id, IEnumerable<string> Names)> items)
    {
        var names = new MselNames(createsUnknown: false);
        foreach (var (id, aliases) in items)
        {
            names.Add(id, aliases.FirstOrDefault() ?? id, aliases);
        }

        return names;
    }

    public static MselNames New() => new(createsUnknown: true);

    /// <summary>The id for a written name, or null with the did-you-mean hint to report.</summary>
    public string? Resolve(string written, out string hint)
    {
        hint = "";
        var text = written.Trim();
        if (_byKey.TryGetValue(text, out var exact) || _byKey.TryGetValue(Key(text), out exact))
        {
            return exact.Id;
        }

        if (CreatesUnknown)
        {
            var id = UniqueSlug(text);
            _created.Add((id, text));
            Add(id, text, [text]);
            return id;
        }

        var suggestion = DidYouMean.Suggest(text, _ids) ?? (DidYouMean.Suggest(Key(text), _byKey.Keys) is { } key ? _byKey[key].Id : null);
        hint = _ids.Count == 0 ? "; the scenario defines none" : suggestion is null ? "" : $"; did you mean '{suggestion}'?";
        return null;
    }

    /// <summary>An id from free text: lower case ASCII letters, digits and '-', accents dropped.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 || Audience.Keywords.Contains(slug) ? "x-" + slug.TrimStart('-') : slug;
    }

    private void Add(string id, string name, IEnumerable<string> aliases)
    {
        _ids.Add(id);
        _byKey.TryAdd(id, (id, name));
        foreach (var alias in aliases.Append(id))
        {
            _byKey.TryAdd(Key(alias), (id, name));
        }
    }

    private string UniqueSlug(string text)
    {
        var slug = Slug(text);
        var id = slug;
        for (var n = 2; _byKey.ContainsKey(id); n++)
        {
            id = $"{slug}-{n}";
        }

        return id;
    }

    /// <summary>Names compare without case, spaces or punctuation: 'Finnish NCSC' matches 'finnish-ncsc'.</summary>
    private static string Key(string text) => "~" + string.Concat(text.ToLowerInvariant().Where(char.IsLetterOrDigit));
}
