using ExerciseServer.Core.Diagnostics;

namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>Who may see something: named teams, all players, exercise control, observers and evaluators.</summary>
public sealed record Audience
{
    public const string AllKeyword = "all";
    public const string ControlKeyword = "control";
    public const string ObserversKeyword = "observers";

    public static IReadOnlySet<string> Keywords { get; } = new HashSet<string>(StringComparer.Ordinal) { AllKeyword, ControlKeyword, ObserversKeyword };

    public IReadOnlyList<Reference> Teams { get; init; } = [];
    public bool AllPlayers { get; init; }
    public bool Control { get; init; }
    public bool Observers { get; init; }
    public SourceLocation Location { get; init; }

    public bool IsEmpty => Teams.Count == 0 && !AllPlayers && !Control && !Observers;
}
