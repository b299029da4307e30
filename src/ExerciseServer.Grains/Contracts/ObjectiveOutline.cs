namespace ExerciseServer.Grains.Contracts;

/// <summary>An objective for evaluators: its capability, critical tasks and rating scale (codes, best first).</summary>
public sealed record ObjectiveOutline(string Id, string Title, string Capability, IReadOnlyList<NamedItem> Tasks, IReadOnlyList<NamedItem> Scale);
