namespace ExerciseServer.Grains.Contracts;

/// <summary>Every ended session and every revoked join code (by id) that could still be presented, at one version.</summary>
public sealed record RevocationList(long Version, IReadOnlyList<string> Sessions, IReadOnlyList<string> Codes);
