using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Tests.Support;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>The generated scenario the load benchmark measures is itself valid, so the benchmark measures real work.</summary>
public sealed class LargeScenarioTests
{
    [Theory]
    [InlineData(100)]
    [InlineData(10_000)]
    public void The_generated_scenario_loads_clean(int injects)
    {
        var result = ScenarioLoader.Load("generated.yaml", LargeScenarioGenerator.Generate(injects));

        Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics.Take(20)));
        Assert.Equal(injects, result.Scenario!.Injects.Count);
        Assert.Equal(injects / 10, result.Scenario.Decisions.Count);
    }
}
