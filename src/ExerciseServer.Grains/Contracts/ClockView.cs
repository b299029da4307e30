namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// The clock: game time elapsed, story time (in the scenario's zone, with its offset), speed, whether it runs, the
/// planned duration, and the zone label ("UTC+02:00", "Europe/Helsinki UTC+02:00") so that every browser shows
/// the story's time rather than its own.
/// </summary>
public sealed record ClockView(TimeSpan GameTime, DateTimeOffset StoryTime, double GameMinutesPerMinute, bool Running, TimeSpan Duration, string StoryZone);
