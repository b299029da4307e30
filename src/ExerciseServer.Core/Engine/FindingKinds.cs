namespace ExerciseServer.Core.Engine;

/// <summary>The two kinds of finding an after-action report pairs: what went well and what needs work.</summary>
public static class FindingKinds
{
    public const string Strength = "strength";
    public const string AreaForImprovement = "area-for-improvement";
}
