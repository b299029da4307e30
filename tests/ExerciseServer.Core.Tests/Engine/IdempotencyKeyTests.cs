using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Tests.Support;
using static ExerciseServer.Core.Tests.Support.EngineHarness;

namespace ExerciseServer.Core.Tests.Engine;

/// <summary>An idempotency key is bound to the command first sent with it, durably through the log.</summary>
public sealed class IdempotencyKeyTests
{
    private static readonly CommandIssuer Control = CommandIssuer.Control;

    private static EngineHarness Started()
    {
        var harness = new EngineHarness(EngineScenarios.Basic);
        Assert.True(harness.At(TimeSpan.Zero, new StartExercise(Control)).Accepted);
        return harness;
    }

    [Fact]
    public void Another_command_under_a_used_key_is_refused_and_changes_nothing()
    {
        var harness = Started();
        Assert.True(harness.At(Min(1), new PauseExercise(Control) { IdempotencyKey = "K" }).Accepted);
        var seq = harness.State.LastSeq;

        var end = harness.At(Min(2), new EndExercise(Control) { IdempotencyKey = "K" });

        Assert.False(end.Accepted);
        Assert.False(end.Duplicate);
        Assert.Equal(RejectionCode.Conflict, end.Refusal!.Code);
        Assert.True(end.Refusal.KeyReused);
        Assert.Contains("'K'", end.Rejection, StringComparison.Ordinal);
        Assert.Contains("pause-exercise", end.Rejection, StringComparison.Ordinal);
        Assert.Equal(ExerciseLifecycle.Paused, harness.State.Lifecycle);
        Assert.Equal(seq, harness.State.LastSeq);
    }

    [Fact]
    public void The_same_command_under_the_same_key_is_a_duplicate()
    {
        var harness = Started();
        harness.At(Min(2), new RespondToInject(CommandIssuer.OfTeam("red"), "a", "On it.") { IdempotencyKey = "r1" });

        var again = harness.At(Min(3), new RespondToInject(CommandIssuer.OfTeam("red") with { Name = "Another tab" }, "a", "On it.") { IdempotencyKey = "r1" });
        var changed = harness.At(Min(3), new RespondToInject(CommandIssuer.OfTeam("red"), "a", "Changed my mind.") { IdempotencyKey = "r1" });

        Assert.True(again.Accepted && again.Duplicate);
        Assert.Empty(again.Events);
        Assert.True(changed.Refusal?.KeyReused, changed.Rejection);
        Assert.Single(harness.Events<InjectResponded>());
    }

    [Fact]
    public void Every_event_of_a_keyed_command_carries_its_fingerprint_and_replay_rebuilds_the_binding()
    {
        var harness = Started();
        harness.At(Min(1), new PauseExercise(Control) { IdempotencyKey = "p" });
        harness.At(Min(2), new ResumeExercise(Control) { IdempotencyKey = "r" });
        harness.At(Min(3), new SetSpeed(Control, 2) { IdempotencyKey = "s" });

        var replayed = ExerciseState.Replay(harness.Index, harness.Log);
        var engine = new ExerciseEngine(replayed);

        Assert.All(harness.Log, e => Assert.Equal(e.CommandKey is not null, e.CommandFingerprint is not null));
        Assert.Equal(3, harness.Log.Count(e => e.CommandKey is not null));
        Assert.Equal(EngineHarness.Fingerprint(harness.State), EngineHarness.Fingerprint(replayed));
        Assert.Equal(harness.State.CommandFingerprints, replayed.CommandFingerprints);
        Assert.True(engine.Execute(new SetSpeed(Control, 3) { IdempotencyKey = "s" }, Now(harness)).Refusal?.KeyReused);
        Assert.True(engine.Execute(new SetSpeed(Control, 2) { IdempotencyKey = "s" }, Now(harness)).Duplicate);
    }

    [Fact]
    public void A_log_written_before_fingerprints_keeps_answering_a_known_key_as_a_duplicate()
    {
        var harness = Started();
        harness.At(Min(1), new PauseExercise(Control) { IdempotencyKey = "K" });
        var oldLog = harness.Log.Select(e => e with { CommandFingerprint = null });

        var engine = new ExerciseEngine(ExerciseState.Replay(harness.Index, oldLog));
        var end = engine.Execute(new EndExercise(Control) { IdempotencyKey = "K" }, Now(harness));

        Assert.True(end.Accepted && end.Duplicate);
        Assert.Empty(engine.State.CommandFingerprints);
    }

    [Fact]
    public void The_fingerprint_is_the_command_and_its_arguments_without_key_or_issuer()
    {
        var pause = CommandFingerprint.Of(new PauseExercise(Control) { IdempotencyKey = "a" });

        Assert.StartsWith("pause-exercise:", pause, StringComparison.Ordinal);
        Assert.Equal(pause, CommandFingerprint.Of(new PauseExercise(Control with { Name = "Ann" }) { IdempotencyKey = "b" }));
        Assert.NotEqual(pause, CommandFingerprint.Of(new EndExercise(Control)));
        Assert.NotEqual(CommandFingerprint.Of(new SetSpeed(Control, 2)), CommandFingerprint.Of(new SetSpeed(Control, 3)));
        Assert.Equal("pause-exercise", CommandFingerprint.TypeWordOf(pause));
    }

    private static DateTimeOffset Now(EngineHarness harness) => harness.Now + TimeSpan.FromSeconds(1);
}
