namespace ExerciseServer.Core.Scenarios.Model;

/// <summary>One step of a rating scale, best first.</summary>
public sealed record RatingLevel(string Code, string Label)
{
    /// <summary>The HSEEP scale: performed without challenges, with some, with major challenges, unable.</summary>
    public static IReadOnlyList<RatingLevel> Hseep { get; } =
    [
        new("P", "Performed without challenges"),
        new("S", "Performed with some challenges"),
        new("M", "Performed with major challenges"),
        new("U", "Unable to be performed"),
    ];
}
