using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Simulation;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Core.Tests.Simulation;

/// <summary>ρ(A*) against closed forms, an independent Collatz–Wielandt bracket, and the rule ES304 built on it.</summary>
public sealed class SpectralRadiusTests
{
    private const double Precision = 1e-9;

    /// <summary>Power, communications, transport, water; water's weights add up to 1.1, yet ρ ≈ 0.447.</summary>
    public static readonly double[,] FourSectors =
    {
        { 0, 0.05, 0, 0.1 },
        { 0.8, 0, 0.1, 0 },
        { 0.5, 0.3, 0, 0.1 },
        { 0.9, 0.2, 0, 0 },
    };

    [Theory]
    [InlineData(0.5, 0.2)]
    [InlineData(1, 1)]
    [InlineData(0.9, 0.9)]
    [InlineData(0.3, 0)]
    public void Two_sectors_in_a_loop_have_the_geometric_mean_of_their_weights(double ab, double ba)
    {
        Assert.Equal(Math.Sqrt(ab * ba), SpectralRadius.Of(new[,] { { 0, ab }, { ba, 0 } }), Precision);
    }

    [Fact]
    public void A_ring_of_four_has_the_fourth_root_of_its_weights_product_whatever_its_row_sums()
    {
        var ring = new double[4, 4];
        double[] weights = [1.6, 0.5, 0.9, 0.3];
        for (var i = 0; i < 4; i++)
        {
            ring[i, (i + 1) % 4] = weights[i];
        }

        Assert.Equal(Math.Pow(1.6 * 0.5 * 0.9 * 0.3, 0.25), SpectralRadius.Of(ring), Precision);
    }

    [Fact]
    public void Dependencies_without_a_loop_have_radius_zero_and_equal_row_sums_give_that_sum()
    {
        Assert.Equal(0, SpectralRadius.Of(new[,] { { 0, 0.9, 0.9 }, { 0, 0, 0.9 }, { 0, 0, 0 } }));
        Assert.Equal(0, SpectralRadius.Of(new double[3, 3]));
        Assert.Equal(0.7, SpectralRadius.Of(new[,] { { 0, 0.4, 0.3 }, { 0.7, 0, 0 }, { 0.35, 0.35, 0 } }), Precision);
    }

    [Fact]
    public void The_four_sector_example_lies_inside_an_independent_bracket()
    {
        // Collatz–Wielandt: for x > 0, min (Ax)_i / x_i <= ρ <= max (Ax)_i / x_i; power iteration on I + A narrows it.
        var x = new[] { 1.0, 1, 1, 1 };
        for (var step = 0; step < 500; step++)
        {
            var y = Enumerable.Range(0, 4).Select(i => x[i] + Enumerable.Range(0, 4).Sum(j => FourSectors[i, j] * x[j])).ToArray();
            x = [.. y.Select(v => v / y.Max())];
        }

        var ratios = Enumerable.Range(0, 4).Select(i => Enumerable.Range(0, 4).Sum(j => FourSectors[i, j] * x[j]) / x[i]).ToList();
        var radius = SpectralRadius.Of(FourSectors);

        Assert.InRange(radius, ratios.Min() - Precision, ratios.Max() + Precision);
        Assert.Equal(0.4468, radius, 4);
        Assert.Equal(1.1, Enumerable.Range(0, 4).Sum(j => FourSectors[3, j]), Precision);
    }

    [Fact]
    public void The_four_sector_example_validates_with_a_warning_on_the_heavy_row_only()
    {
        string[] ids = ["power", "communications", "transport", "water"];
        var sectors = "sectors:\n" + string.Concat(ids.Select((id, i) =>
            $"  - id: {id}\n    name: {id}\n    recovery: 8h\n"
            + (Enumerable.Range(0, 4).Any(j => FourSectors[i, j] > 0)
                ? "    depends_on:\n" + string.Concat(Enumerable.Range(0, 4).Where(j => FourSectors[i, j] > 0)
                    .Select(j => FormattableString.Invariant($"      - {{ sector: {ids[j]}, weight: {FourSectors[i, j]}, type: physical }}\n")))
                : ""))) + "\n";
        var text = TestScenarios.Header + sectors + TestScenarios.Teams.Replace("[energy]", "[power]", StringComparison.Ordinal) + TestScenarios.Injects;

        var result = ScenarioLoader.Load("four.yaml", text);

        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "ES408");
        Assert.Contains("sector 'water' add up to 1.1", warning.Message, StringComparison.Ordinal);
        Assert.Contains("spectral radius 0.447", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_at_radius_one_is_refused_at_its_first_sector_naming_the_whole_loop()
    {
        var text = TestScenarios.Header + """
            sectors:
              - id: energy
                name: Energy
                recovery: 4h
              - id: water
                name: Water
                recovery: 4h
                depends_on: [{ sector: digital, weight: 1, type: physical }]
              - id: digital
                name: Digital
                recovery: 4h
                depends_on: [{ sector: space, weight: 1, type: physical }]
              - id: space
                name: Space
                recovery: 4h
                depends_on: [{ sector: water, weight: 1, type: cyber }]

            """ + TestScenarios.Teams + TestScenarios.Injects;

        var result = ScenarioLoader.Load("loop.yaml", text);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "ES304");
        var waterLine = text[..text.IndexOf("- id: water", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Equal(waterLine, error.Location.Line);
        Assert.Contains("sectors water, digital, space depend on each other", error.Message, StringComparison.Ordinal);
        Assert.Contains("spectral radius of their dependency weights is 1,", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "ES408");
    }
}
