namespace ExerciseServer.Proxy;

/// <summary>Where the proxy listens, the nodes it spreads requests over, and how often it checks that they are ready.</summary>
public sealed record ProxyOptions(string Listen, IReadOnlyList<Uri> Nodes, TimeSpan HealthInterval);
