namespace ExerciseServer.Grains.Contracts;

/// <summary>
/// The clock: game time elapsed, story time (in the scenario's zone, with its offset), speed, whether it runs, the
/// planned duration, and the zone label ("UTC+02:00", "Europe/Helsinki UTC+02:00") so that every browser shows
/// the story's time rather than its own. <see cref="StoryTimeZone"/> is the scenario's IANA zone, or null when the
/// start's offset holds throughout: with it a browser works out the offset of any other moment, across a daylight
/// saving change, as <see cref="Core.Scenarios.StoryClock.At"/> does.
/// </summary>
public sealed record ClockView(TimeSpan GameTime, DateTimeOffset StoryTime, double GameMinutesPerMinute, bool Running, TimeSpan Duration, string StoryZone, string? StoryTimeZone);
