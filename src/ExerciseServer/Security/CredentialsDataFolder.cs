namespace ExerciseServer.Security;

/// <summary>The data folder an older version's facilitator.json is looked for in.</summary>
public sealed record CredentialsDataFolder(string Path);
