namespace ExerciseServer.Tests.Shared;

/// <summary>Finds the repository's folders from a test's output directory, wherever the tests run.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static string Scenario(string fileName) => Path.Combine(Scenarios, fileName);

    public static IReadOnlyList<string> ShippedScenarios =>
        [.. Directory.GetFiles(Scenarios, "*.yaml").Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ExerciseServer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No ExerciseServer.sln above {AppContext.BaseDirectory}");
    }
}
