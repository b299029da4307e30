using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Tests.Support;
using static ExerciseServer.Core.Tests.Support.EngineHarness;

namespace ExerciseServer.Core.Tests.Engine;

/// <summary>Every refusal carries a code a client can act on; the message stays the one people read.</summary>
public sealed class RejectionCodeTests
{
    private static readonly CommandIssuer Control = CommandIssuer.Control;
    private static readonly CommandIssuer Red = CommandIssuer.OfTeam("red");
    private static readonly CommandIssuer Blue = CommandIssuer.OfTeam("blue");

    /// <summary>Representative refusals of each kind: the command, run on the basic scenario, and what it must say.</summary>
    private static readonly Dictionary<string, (Func<EngineHarness, CommandResult> Run, RejectionCode Code, string Message)> Cases = new()
    {
        ["team pauses"] = (h => Started(h).Run(new PauseExercise(Red)), RejectionCode.Forbidden, "only exercise control may pause exercise"),
        ["control acknowledges"] = (h => Started(h).Run(new AcknowledgeInject(Control, "a")), RejectionCode.Forbidden, "only a team may acknowledge"),
        ["team observes"] = (h => Started(h).Run(new RecordObservation(Red, "Seen", null, null, null)), RejectionCode.Forbidden, "only exercise control and evaluators"),
        ["control answers the hot wash"] = (h => h.Run(new AnswerHotWash(Control, "q", "x")), RejectionCode.Forbidden, "only a team answers hot-wash questions"),
        ["unknown inject"] = (h => Started(h).Run(new ReleaseInject(Control, "zz")), RejectionCode.NotFound, "there is no inject 'zz'"),
        ["unknown team"] = (h => Started(h).Run(new SendMessage(Red, "green", "hi")), RejectionCode.NotFound, "there is no team 'green'"),
        ["another team's inject"] = (h => Started(h).At(Min(2), new RespondToInject(Blue, "a", "ours?")), RejectionCode.NotFound, "team 'blue' has no inject 'a'"),
        ["unknown decision"] = (h => Started(h).Run(new TakeDecision(Red, "nothing", "act")), RejectionCode.NotFound, "team 'red' has no decision 'nothing'"),
        ["pause before the start"] = (h => h.Run(new PauseExercise(Control)), RejectionCode.Conflict, "it can pause only when running"),
        ["release before the start"] = (h => h.Run(new ReleaseInject(Control, "a")), RejectionCode.Conflict, "the exercise is ready"),
        ["answer before release"] = (h => Started(h).Run(new RespondToInject(Red, "f", "early")), RejectionCode.Conflict, "inject 'f' has not been released"),
        ["jump backwards"] = (h => Started(h).At(Min(5), new JumpToTime(Control, Min(2))), RejectionCode.Conflict, "the clock can only jump forward"),
        ["speed zero"] = (h => Started(h).Run(new SetSpeed(Control, 0)), RejectionCode.Invalid, "the speed must be between 0.01 and 10000"),
        ["empty message"] = (h => Started(h).Run(new SendMessage(Red, "blue", " ")), RejectionCode.Invalid, "the message is empty"),
        ["unknown channel"] = (h => Started(h).Run(new CreateAdHocInject(Control, ["all"], "pigeon", "T", "B")), RejectionCode.Invalid, "'pigeon' is not a channel"),
        ["jump past the end"] = (h => Started(h).Run(new JumpToTime(Control, TimeSpan.FromHours(3))), RejectionCode.Invalid, "the exercise ends at 2h"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    private static EngineHarness Started(EngineHarness harness)
    {
        Assert.True(harness.At(TimeSpan.Zero, new StartExercise(Control)).Accepted);
        return harness;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_refusal_says_what_kind_it_is_and_why(string name)
    {
        var (run, code, message) = Cases[name];

        var result = run(new EngineHarness(EngineScenarios.Basic));

        Assert.False(result.Accepted);
        Assert.Equal(code, result.Refusal!.Code);
        Assert.Contains(message, result.Rejection, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RejectionCode.NotFound, "not-found")]
    [InlineData(RejectionCode.Forbidden, "forbidden")]
    [InlineData(RejectionCode.Conflict, "conflict")]
    [InlineData(RejectionCode.Invalid, "invalid")]
    [InlineData(RejectionCode.TooMany, "too-many")]
    public void Each_code_has_one_wire_word_in_text_and_in_json(RejectionCode code, string word)
    {
        Assert.Equal(word, Rejection.WordOf(code));
        Assert.Equal($"\"{word}\"", System.Text.Json.JsonSerializer.Serialize(code));
        Assert.Equal(code, System.Text.Json.JsonSerializer.Deserialize<RejectionCode>($"\"{word}\""));
        Assert.Equal($"{word}: why", new Rejection(code, "why").ToString());
    }
}
