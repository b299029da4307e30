using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Grains.Tests.Support;

namespace ExerciseServer.Grains.Tests.Exercises;

/// <summary>
/// The exercise grain holds each team to its bytes of messages and answers per sliding minute, on the grain's own
/// clock; other teams, control and retries are not charged.
/// </summary>
public sealed class TeamByteBudgetTests
{
    private const int Budget = 25_000;
    private static readonly CommandIssuer Control = CommandIssuer.Control;
    private static readonly CommandIssuer Finland = CommandIssuer.OfTeam("fi-ncsc");
    private static readonly CommandIssuer Estonia = CommandIssuer.OfTeam("ee-ria");
    private static readonly string TenThousand = new('x', 10_000);

    [Fact]
    public async Task A_team_over_its_bytes_per_minute_is_refused_with_when_to_retry_until_the_minute_has_passed()
    {
        await using var harness = await ClusterHarness.StartAsync(1, teamBytesPerMinute: Budget);
        var exercise = await harness.CreateAsync("ex-bytes");
        await exercise.Execute(new StartExercise(Control));
        await exercise.Execute(new JumpToTime(Control, TimeSpan.FromMinutes(2)));
        await exercise.Execute(new PauseExercise(Control));

        var first = await exercise.Execute(new SendMessage(Finland, "ee-ria", TenThousand) { IdempotencyKey = "m1" });
        var second = await exercise.Execute(new SendMessage(Finland, "control", TenThousand) { IdempotencyKey = "m2" });
        var third = await exercise.Execute(new SendMessage(Finland, "ee-ria", TenThousand) { IdempotencyKey = "m3" });
        var answer = await exercise.Execute(new RespondToInject(Finland, "q01-signal-loss", new string('y', 6_000)) { IdempotencyKey = "a1" });
        var retry = await exercise.Execute(new SendMessage(Finland, "ee-ria", TenThousand) { IdempotencyKey = "m1" });
        var otherTeam = await exercise.Execute(new SendMessage(Estonia, "fi-ncsc", TenThousand) { IdempotencyKey = "e1" });
        var control = await exercise.Execute(new SendMessage(Control, "fi-ncsc", new string('c', 20_000)) { IdempotencyKey = "c1" });

        Assert.True(first.Accepted && second.Accepted);
        Assert.Equal((false, RejectionCode.TooMany), (third.Accepted, third.Code));
        Assert.Contains("team 'fi-ncsc' has written 20000 of its 25000 bytes", third.Rejection, StringComparison.Ordinal);
        Assert.Contains("try again in 60 s", third.Rejection, StringComparison.Ordinal);
        Assert.Equal(RejectionCode.TooMany, answer.Code);
        Assert.True(retry.Duplicate, retry.Rejection);
        Assert.True(otherTeam.Accepted && control.Accepted);

        harness.Time.Advance(TimeSpan.FromSeconds(45));
        var early = await exercise.Execute(new SendMessage(Finland, "ee-ria", TenThousand) { IdempotencyKey = "m4" });
        harness.Time.Advance(TimeSpan.FromSeconds(15));
        var later = await exercise.Execute(new SendMessage(Finland, "ee-ria", TenThousand) { IdempotencyKey = "m4" });

        Assert.Contains("try again in 15 s", early.Rejection, StringComparison.Ordinal);
        Assert.True(later.Accepted, later.Rejection);
        var texts = (await exercise.GetEvents(0, 10_000)).OfType<MessageSent>().Where(m => m.From == "fi-ncsc").ToList();
        Assert.Equal(3, texts.Count);
    }

    [Fact]
    public async Task A_text_larger_than_the_whole_budget_is_refused_and_says_so()
    {
        await using var harness = await ClusterHarness.StartAsync(1, teamBytesPerMinute: 5_000);
        var exercise = await harness.CreateAsync("ex-huge");
        await exercise.Execute(new StartExercise(Control));

        var outcome = await exercise.Execute(new SendMessage(Finland, "control", TenThousand) { IdempotencyKey = "m1" });

        Assert.Equal(RejectionCode.TooMany, outcome.Code);
        Assert.Contains("more than team 'fi-ncsc' may write in a minute (5000 bytes)", outcome.Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_team_texts_are_charged_and_by_their_utf8_size()
    {
        Assert.Equal(("fi-ncsc", 6), TeamByteBudget.ChargeOf(new SendMessage(Finland, "control", "Grüß")));
        Assert.Equal(("fi-ncsc", 2), TeamByteBudget.ChargeOf(new RespondToInject(Finland, "q01", "ok")));
        Assert.Equal(("ee-ria", 3), TeamByteBudget.ChargeOf(new AnswerHotWash(Estonia, "hw", "yes")));
        Assert.Null(TeamByteBudget.ChargeOf(new SendMessage(Control, "fi-ncsc", "hello")));
        Assert.Null(TeamByteBudget.ChargeOf(new RecordObservation(CommandIssuer.Evaluator("Eva"), "note", null, null, null)));
    }
}
