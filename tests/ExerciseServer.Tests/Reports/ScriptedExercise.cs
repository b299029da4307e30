using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Reports;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Tests.Reports;

/// <summary>
/// A scripted run of the quickstart scenario: answers (one with markup, one like a spreadsheet formula, one with a
/// comma, quotes and a line break), a missed action, a decision, messages, an evaluator's notes, the end, the hot
/// wash; and the review built from its log. The clock runs at one game minute per minute, so game time = wall - T0.
/// </summary>
public sealed class ScriptedExercise
{
    public const string ExerciseId = "ex-report-test";
    public const string ExerciseName = "Quickstart rehearsal <Team A & B>";
    public const string Finland = "fi-ncsc";
    public const string Estonia = "ee-ria";

    /// <summary>Finland's answer to inject #1, three game minutes after its release at T+0:01.</summary>
    public const string QuotedAnswer = "Told RIA by phone, \"HEL–TLL-2\" is dark;\nrerouting is next";
    public const string ScriptAnswer = "<script>alert(1)</script>";
    public const string FormulaAnswer = "=cmd|' /C calc'!A0";
    public const string PipedAnswer = "Landing station confirms | loss of light";

    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<ScriptedExercise> Once = new(() => new ScriptedExercise());

    private readonly List<ExerciseEvent> _events = [];
    private readonly ExerciseEngine _engine;

    private ScriptedExercise()
    {
        var file = RepositoryPaths.Scenario("quickstart.yaml");
        var loaded = ScenarioLoader.Load(file, File.ReadAllText(file));
        Assert.False(loaded.HasErrors, string.Join('\n', loaded.Diagnostics));
        Index = new ScenarioIndex(loaded.Scenario!);
        _engine = new ExerciseEngine(Index);

        var control = CommandIssuer.Control;
        var finland = CommandIssuer.OfTeam(Finland);
        var estonia = CommandIssuer.OfTeam(Estonia);
        var evaluator = CommandIssuer.Evaluator("Eva");

        Play(0, new StartExercise(control));
        Play(1, new AdvanceClock(control));
        Play(2, new AcknowledgeInject(finland, "q01-signal-loss"));
        Play(2.5, new SendMessage(finland, Estonia, "Our operator reports loss of light on HEL–TLL-2. Do you see it too?"));
        Play(4, new RespondToInject(finland, "q01-signal-loss", QuotedAnswer));
        Play(4.5, new SendMessage(estonia, Finland, "Yes, same here."));
        Play(5, new AcknowledgeInject(estonia, "q02-news"));
        Play(5, new RespondToInject(estonia, "q02-news", ScriptAnswer));
        Play(5.5, new RespondToInject(finland, "q02-news", FormulaAnswer));
        Play(6, new AdvanceClock(control));
        Play(6.5, new RespondToInject(estonia, "q01-signal-loss", PipedAnswer));
        Play(7, new AdvanceClock(control));
        Play(8, new TakeDecision(finland, "reroute", "reroute-now"));
        Play(8.5, new RecordObservation(evaluator, "RIA waited for the phone call before answering.", "q01-signal-loss", Estonia, "share-information"));
        Play(9, new RecordRating(evaluator, "objective", "share-information", "S", "Finland was quick; Estonia answered late."));
        Play(9, new RecordRating(evaluator, "task", "notify-neighbour", "P", null));
        Play(9, new RecordRating(evaluator, "expected-action", "q01-ee-notify", "U", "No confirmation within five minutes."));
        Play(9, new RecordFinding(evaluator, null, FindingKinds.Strength, "share-information", "Finland told Estonia within three minutes."));
        var area = Play(9, new RecordFinding(evaluator, null, FindingKinds.AreaForImprovement, null, "RIA relied on the phone | not on the chat."));
        var findingId = area.Events.OfType<FindingRecorded>().Single().FindingId;
        Play(9.5, new PlanImprovement(evaluator, null, findingId, "Add the chat channel to the RIA duty checklist.", "RIA duty officer", new DateOnly(2026, 4, 30)));
        Play(10, new EndExercise(control));
        Play(11, new AnswerHotWash(finland, "hw-first-call", "About three minutes, by phone."));
        Play(11, new AnswerHotWash(finland, "hw-decision", "A repair estimate from the operator."));

        Review = ReviewBuilder.Build(Index, ExerciseId, ExerciseName, _events);
    }

    /// <summary>The run, played once for all tests (it is deterministic and read-only).</summary>
    public static ScriptedExercise Shared => Once.Value;

    public ScenarioIndex Index { get; }

    public IReadOnlyList<ExerciseEvent> Events => _events;

    public ExerciseReview Review { get; }

    /// <summary>Renders the scripted run in a format, as the endpoint and the CLI do.</summary>
    public static async Task<string> RenderAsync(ReportFormat format)
    {
        var run = Shared;
        await using var output = new StringWriter();
        await ReportWriter.WriteAsync(output, format, run.Review, run.Events, TestContext.Current.CancellationToken);
        return output.ToString();
    }

    private CommandResult Play(double wallMinutes, ExerciseCommand command)
    {
        var result = _engine.Execute(command, T0 + TimeSpan.FromMinutes(wallMinutes));
        Assert.True(result.Accepted, $"{command.GetType().Name} at {wallMinutes}m was rejected: {result.Rejection}");
        _events.AddRange(result.Events);
        return result;
    }
}
