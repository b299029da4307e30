namespace ExerciseServer.Tests.Support;

/// <summary>
/// Classes that must not overlap other test hosts starting and stopping. Every host has ASP.NET Core meters of its
/// own, but a host's OpenTelemetry reader listens to every meter of that name in the process and keeps one stream per
/// instrument; when another host stops and its meters are disposed, the reader can drop that stream, and a framework
/// series (<c>http_server_request_duration_seconds</c>) vanishes from the scrape. One host per process, as the real
/// server runs, never sees this; so these classes run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoloCollection
{
    public const string Name = "solo: process-wide meters";
}
