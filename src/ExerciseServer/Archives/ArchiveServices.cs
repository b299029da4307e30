namespace ExerciseServer.Archives;

/// <summary>Registers exercise archives: the imported media in the data folder, the media lookup and the importer.</summary>
public static class ArchiveServices
{
    public static IServiceCollection AddExerciseArchives(this IServiceCollection services, string dataFolder)
    {
        services.AddSingleton(new ImportedMediaFolder(ImportedMediaFolder.In(dataFolder)));
        services.AddSingleton(sp => new ExerciseMediaFiles(sp.GetRequiredService<Scenarios.ScenarioCatalog>(), sp.GetRequiredService<ImportedMediaFolder>()));
        services.AddSingleton<ExerciseArchiveImporter>();
        return services;
    }
}
