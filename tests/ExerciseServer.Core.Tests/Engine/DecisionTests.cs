using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Tests.Support;
using static ExerciseServer.Core.Tests.Support.EngineHarness;

namespace ExerciseServer.Core.Tests.Engine;

public sealed class DecisionTests
{
    private static readonly CommandIssuer Control = CommandIssuer.Control;
    private static readonly CommandIssuer Red = CommandIssuer.OfTeam("red");
    private static readonly CommandIssuer Blue = CommandIssuer.OfTeam("blue");

    private static EngineHarness At20Minutes()
    {
        var harness = new EngineHarness(EngineScenarios.Basic);
        harness.At(TimeSpan.Zero, new StartExercise(Control));
        harness.Tick(Min(20));
        return harness;
    }

    [Fact]
    public void A_decision_cannot_be_taken_before_it_is_put_to_the_team()
    {
        var harness = new EngineHarness(EngineScenarios.Basic);
        harness.At(TimeSpan.Zero, new StartExercise(Control));

        var result = harness.At(Min(5), new TakeDecision(Red, "choose", "act"));

        Assert.Contains("has not been put to the team", result.Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_applies_its_resources_and_releases_its_follow_up_after_the_delay()
    {
        var harness = At20Minutes();

        Assert.True(harness.At(Min(22), new TakeDecision(Red, "choose", "act")).Accepted);
        harness.Tick(Min(30));

        Assert.Equal(0, harness.State.Resources["red"]["crews"]);
        Assert.Equal(Min(27), harness.Single<InjectReleased>(e => e.InjectId == "g").GameTime);
        Assert.Contains("already taken", harness.Run(new TakeDecision(Red, "choose", "wait")).Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_deciding_team_may_decide()
    {
        var harness = At20Minutes();

        Assert.Contains("team 'blue' has no decision", harness.At(Min(21), new TakeDecision(Blue, "choose", "act")).Rejection, StringComparison.Ordinal);
        Assert.Contains("has no option 'maybe'", harness.At(Min(21), new TakeDecision(Red, "choose", "maybe")).Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void At_the_deadline_the_default_option_applies()
    {
        var harness = At20Minutes();

        harness.Tick(Min(31));

        var taken = harness.Single<DecisionTaken>(_ => true);
        Assert.Equal(("wait", true, Min(30)), (taken.OptionId, taken.ByDefault, taken.GameTime));
        Assert.Equal(Min(30), harness.Single<InjectReleased>(e => e.InjectId == "g").GameTime);
        Assert.Equal(1, harness.State.Resources["red"]["crews"]);
    }
}
