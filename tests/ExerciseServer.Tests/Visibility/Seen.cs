namespace ExerciseServer.Tests.Visibility;

/// <summary>What a read path showed (or must show) one viewer, by kind; null where the path does not answer with that kind.</summary>
public sealed record Seen(
    IReadOnlySet<string>? Injects = null,
    IReadOnlySet<string>? Actions = null,
    IReadOnlySet<string>? Decisions = null,
    IReadOnlySet<string>? Sectors = null,
    IReadOnlySet<long>? Events = null,
    bool? Objectives = null);
