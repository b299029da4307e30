namespace ExerciseServer.Grains.Storage;

/// <summary>Where the embedded store keeps its database file.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>The database file; its folder is created when missing.</summary>
    public required string DatabasePath { get; init; }
}
