using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Simulation;

/// <summary>A*, built from a scenario's sector dependencies: entry [i, j] is how much sector i depends on sector j.</summary>
public static class InterdependencyMatrix
{
    /// <summary>The matrix in the scenario's sector order; dependencies on unknown sectors are left out.</summary>
    public static double[,] Build(IReadOnlyList<Sector> sectors)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sectors.Count; i++)
        {
            index.TryAdd(sectors[i].Id, i);
        }

        var a = new double[sectors.Count, sectors.Count];
        for (var i = 0; i < sectors.Count; i++)
        {
            foreach (var dependency in sectors[i].DependsOn)
            {
                if (index.TryGetValue(dependency.Sector.Id, out var j) && j != i)
                {
                    a[i, j] += dependency.Weight;
                }
            }
        }

        return a;
    }
}
