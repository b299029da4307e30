namespace ExerciseServer.Core.Msel;

/// <summary>A scenario text with a new injects section.</summary>
/// <param name="Text">The new scenario text.</param>
/// <param name="FirstLine">The 0-based line where the injects section now starts.</param>
/// <param name="Shift">How many lines later than in the old text the lines after the section are.</param>
public sealed record InjectsSplice(string Text, int FirstLine, int Shift);
