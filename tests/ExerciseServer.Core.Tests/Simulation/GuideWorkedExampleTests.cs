using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Simulation;

namespace ExerciseServer.Core.Tests.Simulation;

/// <summary>The numbers of the authoring guide's worked example (Sectors: stepping and clamping), from the model itself.</summary>
public sealed class GuideWorkedExampleTests
{
    private static Sector Sector(string id, TimeSpan recovery, params (string On, double Weight)[] dependencies) => new()
    {
        Id = id,
        Location = default,
        Name = id,
        RecoveryTime = recovery,
        DependsOn = [.. dependencies.Select(d => new SectorDependency(new Reference(d.On, default), d.Weight, DependencyType.Physical, null, default))],
    };

    [Fact]
    public void A_shock_decays_by_the_exact_exponential_step_each_game_minute()
    {
        var model = new SectorModel([Sector("port", TimeSpan.FromHours(8))]);
        model.Shock("port", 0.5);

        var k = SectorModel.RecoveryRate(TimeSpan.FromHours(8), 0);
        var stepShare = 1 - Math.Exp(-k / 60);
        model.AdvanceTo(TimeSpan.FromMinutes(1));
        var afterOneMinute = model.InoperabilityOf("port");
        model.AdvanceTo(TimeSpan.FromHours(1));
        var afterOneHour = model.InoperabilityOf("port");
        model.AdvanceTo(TimeSpan.FromHours(8));

        Assert.Equal(0.5756, k, 4);
        Assert.Equal(0.009548, stepShare, 6);
        Assert.Equal(0.4952, afterOneMinute, 4);
        Assert.Equal(0.5 * (1 - stepShare), afterOneMinute, 12);
        Assert.Equal(0.2812, afterOneHour, 4);
        Assert.Equal(0.005, model.InoperabilityOf("port"), 6);
    }

    [Fact]
    public void A_loop_that_would_settle_above_one_settles_at_the_cap_instead()
    {
        var model = new SectorModel([Sector("a", TimeSpan.FromHours(4), ("b", 0.9)), Sector("b", TimeSpan.FromHours(4), ("a", 0.9))]);
        model.AddPerturbation("a", 0.2);

        var unclamped = model.Equilibrium()!;
        model.AdvanceTo(TimeSpan.FromHours(200));

        Assert.Equal(0.2 / 0.19, unclamped[0], 9);
        Assert.Equal(0.9 * 0.2 / 0.19, unclamped[1], 9);
        Assert.Equal(1, model.InoperabilityOf("a"), 9);
        Assert.Equal(0.9, model.InoperabilityOf("b"), 9);
    }
}
