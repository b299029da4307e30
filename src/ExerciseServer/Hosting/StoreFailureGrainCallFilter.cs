using ExerciseServer.Grains.Storage;

namespace ExerciseServer.Hosting;

/// <summary>
/// Every grain call that fails because the store cannot be reached leaves the grain as a
/// <see cref="StoreUnavailableException"/>, which Orleans can send to a caller on another node; the original (a
/// Redis exception) could not be serialized, so that caller answered 500 instead of 503.
/// </summary>
public sealed class StoreFailureGrainCallFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception ex) when (ex is not StoreUnavailableException && StoreFailures.IsUnavailable(ex))
        {
            throw Portable(ex);
        }
    }

    /// <summary>The message only: the original exception and its inner ones are what cannot cross silos.</summary>
    public static StoreUnavailableException Portable(Exception storeFailure) =>
        new($"{storeFailure.GetType().Name}: {storeFailure.Message}");
}
