namespace ExerciseServer.Grains.Exercises;

/// <summary>The <c>Budgets</c> configuration the exercise grain enforces.</summary>
public sealed class TeamByteBudgetOptions
{
    /// <summary>The configuration section, shared with the hub's call and connection budgets.</summary>
    public const string Section = "Budgets";

    /// <summary>
    /// UTF-8 bytes of messages, inject answers and hot-wash answers one team may write in any minute. The default
    /// lets a team send five texts of the longest size (20,000 characters) a minute; people typing write far less.
    /// </summary>
    public int TeamBytesPerMinute { get; set; } = 100_000;
}
