namespace ExerciseServer.Core.DryRun;

/// <summary>The content of a policy file.</summary>
public sealed record PolicyScript
{
    public bool RespondToAll { get; init; } = true;
    public IReadOnlySet<string> RespondTo { get; init; } = new HashSet<string>(StringComparer.Ordinal);
    public IReadOnlySet<string> Ignore { get; init; } = new HashSet<string>(StringComparer.Ordinal);
    public TimeSpan RespondAfter { get; init; } = TimeSpan.FromMinutes(15);
    public IReadOnlyDictionary<string, string> Choices { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
    public IReadOnlyList<ScriptedRelease> Releases { get; init; } = [];
}
