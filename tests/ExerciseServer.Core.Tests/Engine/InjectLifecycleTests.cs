using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Tests.Support;
using static ExerciseServer.Core.Tests.Support.EngineHarness;

namespace ExerciseServer.Core.Tests.Engine;

/// <summary>Inject lifecycle, triggers, control's hand on the MSEL, and what teams can do.</summary>
public sealed class InjectLifecycleTests
{
    private static readonly CommandIssuer Control = CommandIssuer.Control;
    private static readonly CommandIssuer Red = CommandIssuer.OfTeam("red");
    private static readonly CommandIssuer Blue = CommandIssuer.OfTeam("blue");

    private static EngineHarness Started()
    {
        var harness = new EngineHarness(EngineScenarios.Basic);
        harness.At(TimeSpan.Zero, new StartExercise(Control));
        return harness;
    }

    [Fact]
    public void Released_acknowledged_responded()
    {
        var harness = Started();
        harness.Tick(Min(1));
        Assert.Equal(InjectStatus.Released, harness.State.Injects["a"].Status);

        harness.At(Min(2), new AcknowledgeInject(Red, "a"));
        Assert.Equal(InjectStatus.Acknowledged, harness.State.Injects["a"].Status);

        harness.At(Min(3), new RespondToInject(Red, "a", "We are on it."));
        Assert.Equal(InjectStatus.Responded, harness.State.Injects["a"].Status);
        var met = harness.Single<ExpectedActionMet>(_ => true);
        Assert.Equal(("a-answer", "red", Min(2)), (met.ActionId, met.Team, met.After));
        Assert.DoesNotContain(harness.Events<InjectReleased>(), e => e.InjectId == "e");
    }

    [Fact]
    public void An_inject_to_two_teams_is_responded_only_when_both_answered()
    {
        var harness = Started();
        harness.Tick(Min(5));

        harness.At(Min(5), new RespondToInject(Red, "b", "Red here."));
        Assert.Equal(InjectStatus.Released, harness.State.Injects["b"].Status);

        harness.At(Min(6), new RespondToInject(Blue, "b", "Blue here."));
        Assert.Equal(InjectStatus.Responded, harness.State.Injects["b"].Status);
    }

    [Fact]
    public void A_missed_expected_action_releases_its_contingency_inject_and_expires_the_inject()
    {
        var harness = Started();

        harness.Tick(Min(7));

        Assert.Equal(Min(6), harness.Single<InjectReleased>(e => e.InjectId == "e").GameTime);
        Assert.Equal(InjectStatus.Expired, harness.State.Injects["a"].Status);
        Assert.Equal(ActionStatus.Missed, harness.State.Actions["a-answer"].Status);
    }

    [Fact]
    public void A_held_inject_becomes_due_and_waits_for_control()
    {
        var harness = Started();
        harness.At(TimeSpan.Zero, new HoldInject(Control, "a"));

        harness.Tick(Min(4));
        Assert.Equal(InjectStatus.Due, harness.State.Injects["a"].Status);
        Assert.Equal(Min(1), harness.Single<InjectDue>(_ => true).GameTime);
        Assert.DoesNotContain(harness.Events<InjectReleased>(), e => e.InjectId is "a" or "b");

        harness.At(Min(4), new ReleaseInject(Control, "a"));
        var released = harness.Single<InjectReleased>(e => e.InjectId == "a");
        Assert.True(released.ByControl);
        Assert.Equal(Min(4), released.GameTime);

        harness.Tick(Min(8));
        Assert.Equal(Min(8), harness.Single<InjectReleased>(e => e.InjectId == "b").GameTime);
    }

    [Fact]
    public void A_skipped_inject_never_fires_but_what_waits_on_it_does()
    {
        var harness = Started();
        harness.At(TimeSpan.FromSeconds(10), new SkipInject(Control, "a"));

        harness.Tick(Min(5));

        Assert.Equal(InjectStatus.Skipped, harness.State.Injects["a"].Status);
        Assert.DoesNotContain(harness.Events<InjectReleased>(), e => e.InjectId == "a");
        Assert.Equal(TimeSpan.FromSeconds(10) + Min(4), harness.Single<InjectReleased>(e => e.InjectId == "b").GameTime);
    }

    [Fact]
    public void A_cancelled_inject_never_fires_and_neither_does_what_waits_on_it()
    {
        var harness = Started();
        harness.At(TimeSpan.FromSeconds(10), new CancelInject(Control, "a"));

        harness.Tick(Min(30));

        Assert.DoesNotContain(harness.Events<InjectReleased>(), e => e.InjectId is "a" or "b");
        Assert.Contains("cancelled", harness.Run(new ReleaseInject(Control, "a")).Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void On_demand_injects_wait_in_the_deck_until_control_releases_them()
    {
        var harness = Started();
        harness.Tick(Min(30));
        Assert.DoesNotContain(harness.Events<InjectReleased>(), e => e.InjectId is "h" or "k");

        harness.At(Min(31), new ReleaseInject(Control, "h"));

        Assert.Equal(Min(31), harness.Single<InjectReleased>(e => e.InjectId == "h").GameTime);
        Assert.Equal(Min(31), harness.Single<InjectReleased>(e => e.InjectId == "k").GameTime);
    }

    [Fact]
    public void A_when_inject_fires_when_its_condition_first_holds()
    {
        var harness = Started();

        harness.Tick(Min(40));

        var released = harness.Single<InjectReleased>(e => e.InjectId == "d");
        Assert.Equal(FirstMinuteDigitalReaches(0.1), released.GameTime);
        Assert.Contains(harness.Events<SectorStateChanged>(), e => e.Sector == "energy" && e.To == SectorCondition.Disrupted);
    }

    /// <summary>The same model, stepped by hand: inject c adds 0.5 to energy's perturbation at 10m.</summary>
    private static TimeSpan FirstMinuteDigitalReaches(double level)
    {
        var model = new Core.Simulation.SectorModel(new EngineHarness(EngineScenarios.Basic).Index.Scenario.Sectors);
        model.AdvanceTo(Min(10));
        model.AddPerturbation("energy", 0.5);
        for (var minute = 11; minute < 120; minute++)
        {
            model.AdvanceTo(Min(minute));
            if (model.InoperabilityOf("digital") >= level)
            {
                return Min(minute);
            }
        }

        throw new InvalidOperationException("never reached");
    }

    [Fact]
    public void An_ad_hoc_inject_is_written_and_released_at_once_to_its_recipients()
    {
        var harness = Started();

        var result = harness.At(Min(2), new CreateAdHocInject(Control, ["blue"], "sector_alert", "Power cut in the port", "Cranes stopped."));

        Assert.True(result.Accepted);
        var created = harness.Single<AdHocInjectCreated>(_ => true);
        Assert.Equal(("adhoc-1", "sector_alert"), (created.InjectId, created.Channel));
        Assert.True(created.Audience.IncludesTeam("blue"));
        Assert.False(created.Audience.IncludesTeam("red"));
        Assert.True(harness.At(Min(3), new RespondToInject(Blue, "adhoc-1", "Noted.")).Accepted);
        Assert.False(harness.At(Min(3), new RespondToInject(Red, "adhoc-1", "Us too?")).Accepted);
    }

    [Theory]
    [InlineData("team-control", "only exercise control may")]
    [InlineData("control-team", "only a team may")]
    [InlineData("wrong-team", "team 'blue' has no inject 'a'")]
    [InlineData("not-released", "has not been released")]
    [InlineData("empty-answer", "the answer is empty")]
    [InlineData("unknown-inject", "there is no inject 'zz'")]
    [InlineData("release-released", "inject 'a' is released; it cannot be released")]
    [InlineData("start-twice", "the exercise is running; it can start only when ready")]
    [InlineData("resume-running", "it can resume only when paused")]
    [InlineData("bad-speed", "between 0.01 and 10000")]
    public void Illegal_commands_are_rejected_with_a_reason_and_change_nothing(string scenario, string reason)
    {
        var harness = Started();
        harness.Tick(Min(2));
        var before = Fingerprint(harness.State);
        ExerciseCommand command = scenario switch
        {
            "team-control" => new PauseExercise(Red),
            "control-team" => new RespondToInject(Control, "a", "x"),
            "wrong-team" => new RespondToInject(Blue, "a", "x"),
            "not-released" => new RespondToInject(Red, "f", "x"),
            "empty-answer" => new RespondToInject(Red, "a", "  "),
            "unknown-inject" => new ReleaseInject(Control, "zz"),
            "release-released" => new ReleaseInject(Control, "a"),
            "start-twice" => new StartExercise(Control),
            "resume-running" => new ResumeExercise(Control),
            "bad-speed" => new SetSpeed(Control, double.NaN),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };

        var result = harness.Run(command);

        Assert.False(result.Accepted);
        Assert.Contains(reason, result.Rejection, StringComparison.Ordinal);
        Assert.Empty(result.Events);
        Assert.Equal(before, Fingerprint(harness.State));
    }

    [Fact]
    public void A_repeated_idempotency_key_has_one_effect()
    {
        var harness = Started();
        harness.Tick(Min(2));
        var respond = new RespondToInject(Red, "a", "Once.") { IdempotencyKey = "red-42" };

        var first = harness.Run(respond);
        var second = harness.Run(respond);

        Assert.True(first.Accepted && second.Accepted && second.Duplicate);
        Assert.Empty(second.Events);
        Assert.Single(harness.State.Injects["a"].Responses["red"]);
        Assert.All(first.Events, e => Assert.Equal("red-42", e.CommandKey));
    }

    [Fact]
    public void Teams_may_answer_while_paused()
    {
        var harness = Started();
        harness.Tick(Min(2));
        harness.Run(new PauseExercise(Control));

        Assert.True(harness.At(Min(20), new RespondToInject(Red, "a", "During the pause.")).Accepted);
        Assert.Equal(Min(2), harness.Single<ExpectedActionMet>(_ => true).GameTime);
    }

    [Fact]
    public void Reset_returns_to_ready_and_the_exercise_plays_again_from_the_start()
    {
        var harness = Started();
        harness.Tick(Min(30));
        harness.Run(new PauseExercise(Control));

        harness.Run(new ResetExercise(Control));
        Assert.Equal(ExerciseLifecycle.Ready, harness.State.Lifecycle);
        Assert.All(harness.State.InjectsInOrder, i => Assert.Equal(InjectStatus.Pending, i.Status));

        harness.At(Min(40), new StartExercise(Control));
        harness.Tick(Min(41));
        Assert.Equal(2, harness.Events<InjectReleased>().Count(e => e.InjectId == "a"));
    }
}
