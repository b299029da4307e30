using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Grains.Storage;
using ExerciseServer.Grains.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ExerciseServer.Grains.Tests.Exercises;

/// <summary>Commands that reach one exercise while its append is in flight are stored together in the next append.</summary>
public sealed class CommandBatchingTests
{
    private static readonly CommandIssuer Control = CommandIssuer.Control;

    private static async Task<(ClusterHarness Harness, FailingEventLog Log, IExerciseGrain Exercise)> StartAsync(string id)
    {
        FailingEventLog? log = null;
        var harness = await ClusterHarness.StartAsync(1, configure: silo => silo.Services.AddSingleton<IEventLog>(services =>
            log = new FailingEventLog(new SqliteEventLog(services.GetRequiredService<SqliteDatabase>(), services.GetRequiredService<SqliteGroupCommitWriter>()))));
        var exercise = await harness.CreateAsync(id);
        await exercise.Execute(new StartExercise(Control));
        await exercise.Execute(new JumpToTime(Control, TimeSpan.FromMinutes(2)));
        await exercise.Execute(new PauseExercise(Control));
        return (harness, log!, exercise);
    }

    private static RespondToInject Answer(string text) => new(CommandIssuer.OfTeam("fi-ncsc"), "q01-signal-loss", text) { IdempotencyKey = text };

    /// <summary>Waits (without asserting on time) until the log has seen this many appends.</summary>
    private static async Task AppendsReachAsync(FailingEventLog log, int count)
    {
        for (var i = 0; i < 1_000 && log.Appends < count; i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Assert.True(log.Appends >= count, $"only {log.Appends} appends arrived");
    }

    [Fact]
    public async Task Commands_arriving_during_an_append_share_the_next_one_and_each_is_answered_once_stored_in_order()
    {
        var (harness, log, exercise) = await StartAsync("ex-batch");
        await using var _ = harness;
        var before = log.Appends;

        log.Hold();
        var first = exercise.Execute(Answer("first"));
        await AppendsReachAsync(log, before + 1);
        var rest = Enumerable.Range(0, 50).Select(i => exercise.Execute(Answer($"answer {i}"))).ToList();
        var retry = exercise.Execute(Answer("first"));
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.False(first.IsCompleted || rest.Any(t => t.IsCompleted) || retry.IsCompleted, "a command was answered before its events were stored");
        log.Open();

        var outcomes = await Task.WhenAll(rest.Prepend(first));
        Assert.All(outcomes, o => Assert.True(o.Accepted && !o.Duplicate, o.Rejection));
        Assert.True((await retry).Duplicate);
        Assert.True(log.Appends - before < 51, $"{log.Appends - before} appends for 51 commands: nothing was batched");

        var stored = await exercise.GetEvents(0, 10_000);
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => (long)i), stored.Select(e => e.Seq));
        var texts = stored.OfType<InjectResponded>().Select(e => e.Text).ToList();
        Assert.Equal(51, texts.Count);
        Assert.Equal(51, texts.Distinct().Count());
        Assert.All(outcomes.SelectMany(o => o.Events), e => Assert.Equal(e.Seq, stored.Single(s => s.Seq == e.Seq).Seq));
        Assert.Equal(stored[^1].Seq, (await exercise.GetView())!.LastSeq);
    }

    [Fact]
    public async Task When_an_append_fails_every_command_waiting_on_it_fails_and_the_exercise_reloads_what_is_stored()
    {
        var (harness, log, exercise) = await StartAsync("ex-fail");
        await using var _ = harness;
        var storedBefore = await exercise.GetEvents(0, 10_000);
        var before = log.Appends;

        log.Failing = true;
        log.Hold();
        var first = exercise.Execute(Answer("lost first"));
        await AppendsReachAsync(log, before + 1);
        var rest = Enumerable.Range(0, 20).Select(i => exercise.Execute(Answer($"lost {i}"))).ToList();
        await Task.Delay(300, TestContext.Current.CancellationToken);
        log.Open();

        foreach (var call in rest.Prepend(first))
        {
            try
            {
                var outcome = await call;
                Assert.False(outcome.Accepted, "a command was answered as accepted although its events were never stored");
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                // The expected answer: an error.
            }
        }

        log.Failing = false;
        CommandOutcome? after = null;
        for (var i = 0; i < 100 && after is not { Accepted: true }; i++)
        {
            after = await exercise.Execute(Answer($"after {i}"));
        }

        Assert.True(after!.Accepted, after.Rejection);
        var stored = await exercise.GetEvents(0, 10_000);
        Assert.Equal(storedBefore.Select(e => e.Seq), stored.Take(storedBefore.Count).Select(e => e.Seq));
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => (long)i), stored.Select(e => e.Seq));
        Assert.DoesNotContain(stored.OfType<InjectResponded>(), e => e.Text.StartsWith("lost", StringComparison.Ordinal));
        Assert.Equal(stored[^1].Seq, (await exercise.GetView())!.LastSeq);
    }
}
