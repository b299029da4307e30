namespace ExerciseServer.Scenarios;

/// <summary>Loads the scenario catalog before the server takes requests.</summary>
public sealed class ScenarioCatalogLoader(ScenarioCatalog catalog) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => catalog.LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
