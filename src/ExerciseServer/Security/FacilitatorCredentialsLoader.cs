namespace ExerciseServer.Security;

/// <summary>Loads the facilitator's credentials from the shared store once the co-hosted silo runs, before the server takes requests.</summary>
public sealed class FacilitatorCredentialsLoader(FacilitatorCredentials credentials, IGrainFactory grains, IConfiguration configuration, CredentialsDataFolder folder)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => credentials.LoadAsync(grains, configuration, folder.Path);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
