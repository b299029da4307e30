using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Tests.Support;
using ExerciseServer.Tests.Shared;
using static ExerciseServer.Core.Tests.Support.EngineHarness;

namespace ExerciseServer.Core.Tests.Engine;

/// <summary>Observations and ratings by control and evaluators, during play and after the end.</summary>
public sealed class EvaluationTests
{
    private static readonly CommandIssuer Evaluator = CommandIssuer.Evaluator("Eeva");

    private static EngineHarness Quickstart()
    {
        var harness = new EngineHarness(File.ReadAllText(RepositoryPaths.Scenario("quickstart.yaml")));
        harness.At(TimeSpan.Zero, new StartExercise(CommandIssuer.Control));
        harness.Tick(Min(2));
        return harness;
    }

    [Fact]
    public void An_evaluator_records_an_observation_about_an_inject_and_a_team()
    {
        var harness = Quickstart();

        var result = harness.Run(new RecordObservation(Evaluator, "Finland called RIA within two minutes.", "q01-signal-loss", "fi-ncsc", "share-information"));

        Assert.True(result.Accepted, result.Rejection);
        var observation = harness.Single<ObservationRecorded>(_ => true);
        Assert.Equal(("evaluator: Eeva", Min(2), "fi-ncsc"), (observation.By, observation.GameTime, observation.Team));
        Assert.True(observation.Audience.Observers);
        Assert.Empty(observation.Audience.Teams);
        Assert.False(observation.Audience.AllPlayers);
    }

    [Theory]
    [InlineData("objective", "share-information", "S")]
    [InlineData("task", "notify-neighbour", "P")]
    [InlineData("expected-action", "q01-fi-notify", "M")]
    public void Ratings_on_the_hseep_scale_are_recorded_even_after_the_end(string kind, string id, string rating)
    {
        var harness = Quickstart();
        harness.Run(new EndExercise(CommandIssuer.Control));

        var result = harness.Run(new RecordRating(Evaluator, kind, id, rating, "Seen in the hot wash."));

        Assert.True(result.Accepted, result.Rejection);
        Assert.Equal((kind, id, rating), harness.Events<RatingRecorded>().Select(r => (r.TargetKind, r.TargetId, r.Rating)).Single());
    }

    [Theory]
    [InlineData("objective", "share-information", "A", "'A' is not on the scale (P, S, M, U)")]
    [InlineData("objective", "nothing", "P", "there is no objective 'nothing'")]
    [InlineData("inject", "q01-signal-loss", "P", "rate an objective, a task or an expected-action")]
    public void Bad_ratings_are_rejected(string kind, string id, string rating, string reason)
    {
        var harness = Quickstart();

        var result = harness.Run(new RecordRating(Evaluator, kind, id, rating, null));

        Assert.Contains(reason, result.Rejection, StringComparison.Ordinal);
        Assert.Empty(harness.Events<RatingRecorded>());
    }

    [Fact]
    public void Teams_cannot_record_observations_or_ratings()
    {
        var harness = Quickstart();

        var result = harness.Run(new RecordObservation(CommandIssuer.OfTeam("fi-ncsc"), "We did well.", null, null, null));

        Assert.Contains("only exercise control and evaluators", result.Rejection, StringComparison.Ordinal);
    }
}
