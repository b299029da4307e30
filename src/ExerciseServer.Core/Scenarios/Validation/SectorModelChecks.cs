using System.Globalization;
using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Simulation;

namespace ExerciseServer.Core.Scenarios.Validation;

/// <summary>
/// The sector model must settle: every outage decays to the equilibrium (I − A*)⁻¹·c*, which holds exactly when
/// the spectral radius of A* is below 1 (ES304). A row adding up to 1 or more is allowed then, but warned (ES408).
/// </summary>
internal static class SectorModelChecks
{
    /// <summary>Rounding leaves a radius of exactly 1 a hair below it; such a loop never settles in practice either.</summary>
    public const double RadiusTolerance = 1e-9;

    public static void Check(Scenario scenario, ScenarioSymbols symbols, DiagnosticBag diagnostics)
    {
        foreach (var sector in scenario.Sectors)
        {
            foreach (var dependency in sector.DependsOn)
            {
                symbols.Resolve(dependency.Sector, symbols.Sectors, "sector");
            }
        }

        if (scenario.Sectors.Count == 0)
        {
            return;
        }

        var a = InterdependencyMatrix.Build(scenario.Sectors);
        var radius = SpectralRadius.Of(a);
        if (radius >= 1 - RadiusTolerance)
        {
            ReportLoops(scenario, a, diagnostics);
            return;
        }

        for (var i = 0; i < scenario.Sectors.Count; i++)
        {
            var sum = Enumerable.Range(0, scenario.Sectors.Count).Sum(j => a[i, j]);
            if (sum >= 1)
            {
                diagnostics.Report(DiagnosticCodes.HeavyDependencyRow, scenario.Sectors[i].Location, string.Create(CultureInfo.InvariantCulture,
                    $"the dependency weights of sector '{scenario.Sectors[i].Id}' add up to {sum:0.###}: the model still settles (spectral radius {radius:0.###} < 1), but the sector can be pushed to 1 (fully down) while the sectors it depends on are not, and a loop through it may settle at the cap of 1; lower the weights unless you mean it"));
            }
        }
    }

    /// <summary>ρ(A*) is the largest ρ of its dependency loops (strongly connected groups), so each bad loop is reported at its first sector.</summary>
    private static void ReportLoops(Scenario scenario, double[,] a, DiagnosticBag diagnostics)
    {
        var reported = false;
        foreach (var loop in Loops(a))
        {
            var block = new double[loop.Count, loop.Count];
            for (var r = 0; r < loop.Count; r++)
            {
                for (var c = 0; c < loop.Count; c++)
                {
                    block[r, c] = a[loop[r], loop[c]];
                }
            }

            var radius = SpectralRadius.Of(block);
            if (radius >= 1 - RadiusTolerance)
            {
                reported = true;
                var names = string.Join(", ", loop.Select(i => scenario.Sectors[i].Id));
                diagnostics.Report(DiagnosticCodes.SingularInterdependency, scenario.Sectors[loop[0]].Location, string.Create(CultureInfo.InvariantCulture,
                    $"sectors {names} depend on each other so strongly that an outage feeds itself and never settles: the spectral radius of their dependency weights is {radius:0.###}, and it must be below 1; lower some of these weights"));
            }
        }

        // ρ(A*) is the largest of its loops' radii; only rounding could leave no single loop at 1, and then the whole is reported.
        if (!reported)
        {
            diagnostics.Report(DiagnosticCodes.SingularInterdependency, scenario.SectorsLocation,
                "the sector dependencies together have a spectral radius of 1 or more, so an outage feeds itself and never settles; lower some dependency weights");
        }
    }

    /// <summary>Groups of two or more sectors that each reach the others through dependencies, in file order.</summary>
    private static List<List<int>> Loops(double[,] a)
    {
        var n = a.GetLength(0);
        var reach = new bool[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                reach[i, j] = a[i, j] > 0;
            }
        }

        // Warshall's transitive closure: a handful of sectors, so n³ is nothing.
        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < n; i++)
            {
                if (!reach[i, k])
                {
                    continue;
                }

                for (var j = 0; j < n; j++)
                {
                    reach[i, j] |= reach[k, j];
                }
            }
        }

        var assigned = new bool[n];
        var loops = new List<List<int>>();
        for (var i = 0; i < n; i++)
        {
            if (assigned[i] || !reach[i, i])
            {
                continue;
            }

            var loop = Enumerable.Range(0, n).Where(j => j == i || (reach[i, j] && reach[j, i])).ToList();
            loop.ForEach(j => assigned[j] = true);
            loops.Add(loop);
        }

        return loops;
    }
}
