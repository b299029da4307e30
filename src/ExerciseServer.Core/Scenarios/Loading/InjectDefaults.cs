using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>
/// The keys an inject may leave to defaults ('to', 'channel', 'from') and where it takes them from: its own key, else
/// its phase's <c>inject_defaults</c>, else the file's. The default's node is read in the inject's place, so a problem
/// in it is reported where the default is written (once: the diagnostics drop repeats).
/// </summary>
internal sealed class InjectDefaults
{
    public static readonly IReadOnlyList<string> Keys = ["to", "channel", "from"];

    private readonly Dictionary<string, MappingView> _byPhase = new(StringComparer.Ordinal);

    private MappingView? _file;

    public void SetForFile(MappingView? defaults) => _file = defaults;

    public void SetForPhase(string phase, MappingView? defaults)
    {
        if (defaults is not null)
        {
            _byPhase[phase] = defaults;
        }
    }

    /// <summary>The inject's own value for <paramref name="key"/>, or the default it takes.</summary>
    public YamlNode? Value(MappingView inject, string? phase, string key) =>
        inject[key]
        ?? (phase is not null && _byPhase.TryGetValue(phase, out var byPhase) ? byPhase[key] : null)
        ?? _file?[key];
}
