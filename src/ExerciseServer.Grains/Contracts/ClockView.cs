namespace ExerciseServer.Grains.Contracts;

/// <summary>The clock: game time elapsed, story time, speed, whether it runs, and the planned duration.</summary>
public sealed record ClockView(TimeSpan GameTime, DateTimeOffset StoryTime, double GameMinutesPerMinute, bool Running, TimeSpan Duration);
