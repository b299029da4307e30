using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Tests.Support;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>
/// Thousands of broken variants of the shipped scenarios: the loader and validator never throw, and every
/// variant ends in a result whose problems are located inside the file.
/// </summary>
public sealed class ScenarioFuzzTests
{
    private const int MutationsPerScenario = 1500;

    public static TheoryData<string> ShippedScenarios => [.. RepositoryPaths.ShippedScenarios.Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Random_mutations_never_throw_and_every_problem_is_located(string fileName)
    {
        var original = File.ReadAllText(RepositoryPaths.Scenario(fileName));
        var seed = fileName.Aggregate(17, (hash, c) => (hash * 31) + c);
        var mutator = new ScenarioMutator(seed);
        var failedToLoad = 0;

        for (var i = 0; i < MutationsPerScenario; i++)
        {
            var text = mutator.Mutate(original);
            ScenarioLoadResult result;
            try
            {
                result = ScenarioLoader.Load(fileName, text);
            }
            catch (Exception ex)
            {
                Assert.Fail($"Mutation {i} (seed {seed}) threw {ex}\n--- input ---\n{Excerpt(text)}");
                throw;
            }

            var lineCount = text.Count(c => c == '\n') + 1;
            foreach (var diagnostic in result.Diagnostics)
            {
                Assert.Equal(fileName, diagnostic.Location.File);
                Assert.InRange(diagnostic.Location.Line, 1, lineCount + 1);
                Assert.True(diagnostic.Location.Column >= 1, $"Mutation {i}: {diagnostic}");
                Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), $"Mutation {i}: empty message for {diagnostic.Code}");
            }

            if (result.Scenario is null)
            {
                failedToLoad++;
                Assert.True(result.HasErrors && result.ErrorCount > 0, $"Mutation {i}: no scenario but no error either");
            }
        }

        // The mutations must really break things, or the test proves nothing.
        Assert.True(failedToLoad > 0, "no mutation made a file unreadable");
    }

    [Fact]
    public void Mutations_of_the_minimal_scenario_are_caught_too()
    {
        var mutator = new ScenarioMutator(42);
        var withErrors = 0;
        for (var i = 0; i < 2000; i++)
        {
            var result = ScenarioLoader.Load("minimal.yaml", mutator.Mutate(TestScenarios.Minimal));
            withErrors += result.HasErrors ? 1 : 0;
        }

        Assert.InRange(withErrors, 200, 2000);
    }

    private static string Excerpt(string text) => text.Length <= 4000 ? text : text[..4000] + "…";
}
