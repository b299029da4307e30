namespace ExerciseServer.Core.Scenarios;

/// <summary>What <see cref="StoryTimeText.TryParse"/> made of an <c>at:</c> value.</summary>
public enum StoryTimeParseResult
{
    /// <summary>Not written as a story clock time: read it as a duration.</summary>
    NotStoryTime,
    Ok,
    /// <summary>Shaped like a story time but no such date or time (2027-02-30T06:00, Mon 25:00).</summary>
    Invalid,
    BeforeStart,
    AfterEnd,
    /// <summary>A weekday on none of the exercise's days, or on more than one of them.</summary>
    WeekdayOutside,
}
