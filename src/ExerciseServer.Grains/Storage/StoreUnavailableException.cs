namespace ExerciseServer.Grains.Storage;

/// <summary>
/// A store failure as it crosses from one silo to another. Redis' own exceptions have no Orleans codec, so a grain
/// on another node that failed with one reached the caller as a <c>CodecNotFoundException</c> (an opaque 500);
/// this one carries the original message and is known to every node.
/// </summary>
[GenerateSerializer]
[Alias("ExerciseServer.Grains.Storage.StoreUnavailableException")]
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
