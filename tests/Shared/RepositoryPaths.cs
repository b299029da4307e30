namespace ExerciseServer.Tests.Shared;

/// <summary>Finds the repository's folders from a test's output directory, wherever the tests run.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static string Scenario(string fileName) => Path.Combine(Scenarios, fileName);

    public static IReadOnlyList<string> ShippedScenarios =>
        [.. Directory.GetFiles(Scenarios, "*.yaml").Order(StringComparer.Ordinal)];

    /// <summary>
    /// An assembly in the build output of a project of this repository (<paramref name="projectFolder"/> relative to the
    /// root), in the configuration the calling tests or tools were built in.
    /// </summary>
    public static string BuildOutput(string projectFolder, string assembly)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(Root, projectFolder, "bin", configuration, "net10.0", assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException(
            $"Build it first: dotnet build -c {configuration} ExerciseServer.sln -p:SkipWebClient=true", path);
    }

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
