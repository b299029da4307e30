using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Simulation;

namespace ExerciseServer.Core.Tests.Simulation;

/// <summary>The inoperability input–output model against equilibria worked out by hand.</summary>
public sealed class SectorModelTests
{
    private const double Precision = 1e-9;

    private static Sector Sector(string id, TimeSpan recovery, params (string On, double Weight)[] dependencies) => new()
    {
        Id = id,
        Location = default,
        Name = id,
        RecoveryTime = recovery,
        DependsOn = [.. dependencies.Select(d => new SectorDependency(new Reference(d.On, default), d.Weight, DependencyType.Physical, null, default))],
    };

    /// <summary>q1 = 0.2 + 0.2 q2 + 0.1 q3, q2 = 0.1 + 0.3 q1, q3 = 0.4 q2.</summary>
    private static SectorModel ThreeSectorsUnderPressure()
    {
        var model = new SectorModel(
        [
            Sector("energy", TimeSpan.FromHours(6), ("digital", 0.2), ("transport", 0.1)),
            Sector("digital", TimeSpan.FromHours(3), ("energy", 0.3)),
            Sector("transport", TimeSpan.FromHours(12), ("digital", 0.4)),
        ]);
        model.AddPerturbation("energy", 0.2);
        model.AddPerturbation("digital", 0.1);
        return model;
    }

    [Fact]
    public void Two_sectors_equilibrium_matches_the_hand_calculation()
    {
        // q1 = 0.4 + 0.5 q2, q2 = 0.2 q1  =>  q1 = 0.4 / 0.9, q2 = 0.08 / 0.9
        var model = new SectorModel([Sector("a", TimeSpan.FromHours(4), ("b", 0.5)), Sector("b", TimeSpan.FromHours(8), ("a", 0.2))]);
        model.AddPerturbation("a", 0.4);

        var q = model.Equilibrium()!;

        Assert.Equal(0.4 / 0.9, q[0], Precision);
        Assert.Equal(0.08 / 0.9, q[1], Precision);
    }

    [Fact]
    public void Three_sectors_equilibrium_matches_the_hand_calculation()
    {
        // q1 = 0.2 + 0.2 q2 + 0.1 q3, q2 = 0.1 + 0.3 q1, q3 = 0.4 q2  =>  q1 = 0.224 / 0.928
        var model = ThreeSectorsUnderPressure();

        var q = model.Equilibrium()!;

        var q1 = 0.224 / 0.928;
        Assert.Equal(q1, q[0], Precision);
        Assert.Equal(0.1 + (0.3 * q1), q[1], Precision);
        Assert.Equal(0.4 * (0.1 + (0.3 * q1)), q[2], Precision);
    }

    [Fact]
    public void Under_constant_perturbation_the_dynamic_model_converges_to_the_static_equilibrium()
    {
        var model = ThreeSectorsUnderPressure();
        var equilibrium = model.Equilibrium()!;

        model.AdvanceTo(TimeSpan.FromHours(2));
        var early = Distance(model.Inoperability, equilibrium);
        model.AdvanceTo(TimeSpan.FromDays(10));

        Assert.True(early > 0.01, "after two hours the model should still be on its way");
        Assert.True(Distance(model.Inoperability, equilibrium) < 1e-6, $"{string.Join(", ", model.Inoperability)} vs {string.Join(", ", equilibrium)}");
    }

    [Fact]
    public void A_shock_left_alone_falls_to_one_percent_in_the_recovery_time()
    {
        var model = new SectorModel([Sector("energy", TimeSpan.FromHours(8))]);
        model.Shock("energy", 0.6);

        model.AdvanceTo(TimeSpan.FromHours(8));

        Assert.Equal(0.006, model.InoperabilityOf("energy"), 1e-9);
    }

    [Fact]
    public void Recovery_factor_scales_the_rate()
    {
        var model = new SectorModel([Sector("energy", TimeSpan.FromHours(8))]);
        model.Shock("energy", 0.6);
        model.ScaleRecovery("energy", 2);

        model.AdvanceTo(TimeSpan.FromHours(4));

        Assert.Equal(0.006, model.InoperabilityOf("energy"), 1e-9);
    }

    [Fact]
    public void Inoperability_and_perturbation_stay_between_zero_and_one()
    {
        var model = new SectorModel([Sector("a", TimeSpan.FromHours(1), ("b", 0.9)), Sector("b", TimeSpan.FromHours(1), ("a", 0.9))]);
        model.AddPerturbation("a", 5);
        model.Shock("b", 3);
        model.AdvanceTo(TimeSpan.FromDays(2));

        Assert.All(model.Inoperability, q => Assert.InRange(q, 0, 1));
        Assert.Equal(1, model.Perturbation[0]);

        model.AddPerturbation("a", -7);
        model.Shock("b", -9);
        Assert.Equal(0, model.Perturbation[0]);
        Assert.Equal(0, model.InoperabilityOf("b"));
    }

    [Fact]
    public void Stopping_on_the_way_at_grid_points_gives_bit_identical_results()
    {
        static SectorModel Make()
        {
            var m = new SectorModel([Sector("a", TimeSpan.FromHours(3), ("b", 0.4)), Sector("b", TimeSpan.FromHours(5), ("a", 0.3))]);
            m.AddPerturbation("a", 0.35);
            return m;
        }

        var straight = Make();
        straight.AdvanceTo(TimeSpan.FromMinutes(95.5));
        var stops = Make();
        foreach (var minute in new[] { 1, 7, 30, 60, 95 })
        {
            stops.AdvanceTo(TimeSpan.FromMinutes(minute));
        }

        stops.AdvanceTo(TimeSpan.FromMinutes(95.5));

        Assert.Equal(straight.Inoperability, stops.Inoperability);
    }

    private static double Distance(IReadOnlyList<double> a, IReadOnlyList<double> b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max();
}
