using BenchmarkDotNet.Attributes;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Tests.Support;

namespace ExerciseServer.Benchmarks;

/// <summary>
/// Loading and validating a scenario, end to end from text: YAML parse, model, both validation stages.
/// Aim: a 10,000-inject scenario in under one second.
/// </summary>
[MemoryDiagnoser]
public class ScenarioLoadBenchmarks
{
    private string _text = "";

    [Params(100, 1_000, 10_000)]
    public int Injects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = LargeScenarioGenerator.Generate(Injects);
        var check = ScenarioLoader.Load("generated.yaml", _text);
        if (check.Diagnostics.Count > 0)
        {
            throw new InvalidOperationException($"The generated scenario is not clean: {check.Diagnostics[0]}");
        }
    }

    [Benchmark]
    public ScenarioLoadResult LoadAndValidate() => ScenarioLoader.Load("generated.yaml", _text);
}
