namespace ExerciseServer.Tests.Visibility;

/// <summary>An inject as control sees it: control-only when it goes to no team (the endex cue, control's own notes).</summary>
public sealed record InjectFact(string Id, string Title, bool ControlOnly, bool Released, IReadOnlyList<string> Recipients);
