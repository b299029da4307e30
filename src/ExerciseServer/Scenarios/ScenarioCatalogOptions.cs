using ExerciseServer.Hosting;

namespace ExerciseServer.Scenarios;

/// <summary>Where the server finds scenarios: <c>Scenarios:Path</c>, else the nearest <c>scenarios/</c> folder.</summary>
public sealed class ScenarioCatalogOptions
{
    public required string Path { get; init; }

    public static ScenarioCatalogOptions From(IConfiguration configuration, string contentRoot)
    {
        if (configuration[ServerSettingNames.ScenariosPath] is { Length: > 0 } configured)
        {
            return new ScenarioCatalogOptions { Path = configured };
        }

        // `dotnet run --project src/ExerciseServer` runs with the project folder as content root; the
        // repository's scenarios/ sits two levels up. Walk up so any working directory finds it.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), contentRoot })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "scenarios");
                if (Directory.Exists(candidate))
                {
                    return new ScenarioCatalogOptions { Path = candidate };
                }
            }
        }

        return new ScenarioCatalogOptions { Path = System.IO.Path.Combine(contentRoot, "scenarios") };
    }
}
