using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Tests.Support;
using ExerciseServer.Tests.Shared;
using static ExerciseServer.Core.Tests.Support.EngineHarness;

namespace ExerciseServer.Core.Tests.Review;

/// <summary>
/// The quickstart played to a script at real time (a game minute per wall minute), so that every response time,
/// judgement and rating in the review is known in advance. The snapshots taken along the way are the live state
/// at those moments, for replay to match.
/// </summary>
public sealed class ScriptedQuickstartRun
{
    public static readonly CommandIssuer Evaluator = CommandIssuer.Evaluator("Eeva");
    public static readonly CommandIssuer Finland = CommandIssuer.OfTeam("fi-ncsc");
    public static readonly CommandIssuer Estonia = CommandIssuer.OfTeam("ee-ria");
    public static readonly DateOnly Due = new(2027, 3, 31);

    public ScriptedQuickstartRun()
    {
        Harness = new EngineHarness(File.ReadAllText(RepositoryPaths.Scenario("quickstart.yaml")));
        Do(0, new StartExercise(CommandIssuer.Control));
        Do(2, new AcknowledgeInject(Finland, "q01-signal-loss"));
        Do(3, new SendMessage(Finland, "ee-ria", "We see loss of light 38 km out. Do you?"));
        Snapshot("after the first message");
        Do(4, new RespondToInject(Finland, "q01-signal-loss", "Operator reports a fault 38 km out; RIA informed by chat."));
        Do(5, new AcknowledgeInject(Estonia, "q02-news"));
        Do(5.5, new RecordObservation(Evaluator, "Estonia read the news before the operator's alert.", "q02-news", "ee-ria", "share-information"));
        Harness.Tick(Min(6.5));
        Snapshot("after the Estonian miss");
        Do(8, new AcknowledgeInject(Finland, "q03-reroute"));
        Do(9, new TakeDecision(Finland, "reroute", "reroute-now"));
        Do(10, new RecordRating(Evaluator, "objective", "share-information", "S", "First call in three minutes."));
        Do(10.5, new RecordRating(Evaluator, "task", "notify-neighbour", "P", null));
        Do(11, new RecordRating(Evaluator, "objective", "share-information", "M", "Estonia never confirmed."));
        Do(11, new RecordRating(Evaluator, "expected-action", "q01-ee-notify", "U", "No confirmation from the landing station."));
        Do(11.25, new PauseExercise(CommandIssuer.Control));
        Snapshot("paused after the ratings");
        Do(11.5, new EndExercise(CommandIssuer.Control));
        Do(12, new RecordFinding(Evaluator, null, "strength", "share-information", "Finland used the chat at once."));
        Do(12, new RecordFinding(Evaluator, null, "area-for-improvement", "share-information", "Estonia did not confirm what its landing station saw."));
        Do(12.5, new PlanImprovement(Evaluator, null, "F2", "Add the landing-station check to RIA's cable-fault checklist.", "RIA duty officer", Due));
        Do(13, new AnswerHotWash(Finland, "hw-first-call", "About three minutes, through the chat."));
        Do(13, new AnswerHotWash(Finland, "hw-decision", "The repair estimate."));
        Do(13.5, new AnswerHotWash(Estonia, "hw-first-call", "We learnt it from the news first."));
        Snapshot("after the hot wash");
    }

    public EngineHarness Harness { get; }

    /// <summary>The live state at chosen moments, as the engine held it then.</summary>
    public List<(string Moment, ExerciseSnapshot Live)> Moments { get; } = [];

    public ExerciseReview Review() => ReviewBuilder.Build(Harness.Index, "ex-test", "Scripted quickstart", Harness.Log);

    private void Do(double minute, ExerciseCommand command)
    {
        var result = Harness.At(Min(minute), command);
        Assert.True(result.Accepted, $"{command.GetType().Name} at {minute}m: {result.Rejection}");
    }

    private void Snapshot(string moment) => Moments.Add((moment, ExerciseSnapshot.Of(Harness.State)));

    public T Single<T>(Func<T, bool> predicate)
        where T : ExerciseEvent => Harness.Single(predicate);
}
