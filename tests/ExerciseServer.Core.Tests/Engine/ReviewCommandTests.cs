using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Tests.Support;
using ExerciseServer.Tests.Shared;
using static ExerciseServer.Core.Tests.Support.EngineHarness;

namespace ExerciseServer.Core.Tests.Engine;

/// <summary>Findings, the improvement plan and the hot wash: who may write them, when, and what is checked.</summary>
public sealed class ReviewCommandTests
{
    private static readonly CommandIssuer Evaluator = CommandIssuer.Evaluator("Eeva");
    private static readonly CommandIssuer Finland = CommandIssuer.OfTeam("fi-ncsc");
    private static readonly CommandIssuer Estonia = CommandIssuer.OfTeam("ee-ria");

    private static EngineHarness Quickstart(bool ended = false)
    {
        var harness = new EngineHarness(File.ReadAllText(RepositoryPaths.Scenario("quickstart.yaml")));
        harness.At(TimeSpan.Zero, new StartExercise(CommandIssuer.Control));
        harness.Tick(Min(2));
        if (ended)
        {
            harness.Run(new EndExercise(CommandIssuer.Control));
        }

        return harness;
    }

    [Fact]
    public void Findings_get_new_ids_that_are_never_reused_and_can_be_rewritten_and_withdrawn()
    {
        var harness = Quickstart();

        Assert.True(harness.Run(new RecordFinding(Evaluator, null, "strength", "share-information", "Chat used at once.")).Accepted);
        Assert.True(harness.Run(new RecordFinding(CommandIssuer.Control, null, "area-for-improvement", null, "No one owned the press line.")).Accepted);
        Assert.True(harness.Run(new RecordFinding(Evaluator, "F1", "strength", "share-information", "Chat used within a minute.")).Accepted);
        Assert.True(harness.Run(new WithdrawReviewItem(Evaluator, "F2")).Accepted);
        Assert.True(harness.Run(new RecordFinding(Evaluator, null, "area-for-improvement", null, "Press line again.")).Accepted);

        Assert.Equal(["F1", "F3"], harness.State.Findings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Chat used within a minute.", harness.State.Findings["F1"].Text);
        Assert.All(harness.Events<FindingRecorded>(), f => Assert.Equal((true, false), (f.Audience.Observers, f.Audience.AllPlayers)));
    }

    [Fact]
    public void An_improvement_item_answers_an_area_for_improvement_and_needs_an_owner()
    {
        var harness = Quickstart();
        harness.Run(new RecordFinding(Evaluator, null, "strength", null, "Good."));
        harness.Run(new RecordFinding(Evaluator, null, "area-for-improvement", null, "Slow."));
        var due = new DateOnly(2027, 3, 1);

        Assert.Equal("'F1' is a strength; an improvement item answers an area for improvement", harness.Run(new PlanImprovement(Evaluator, null, "F1", "Drill", "NCSC-FI", due)).Rejection);
        Assert.Equal("every improvement item needs an owner", harness.Run(new PlanImprovement(Evaluator, null, "F2", "Drill", " ", due)).Rejection);
        Assert.Equal("there is no finding 'F9'", harness.Run(new PlanImprovement(Evaluator, null, "F9", "Drill", "x", due)).Rejection);
        Assert.Equal("there is no improvement item 'IP4'", harness.Run(new PlanImprovement(Evaluator, "IP4", null, "Drill", "x", due)).Rejection);
        var planned = harness.Run(new PlanImprovement(Evaluator, null, "F2", " Write a liaison checklist ", " NCSC-FI duty officer ", due));

        Assert.True(planned.Accepted, planned.Rejection);
        var item = Assert.IsType<ImprovementPlanned>(Assert.Single(planned.Events));
        Assert.Equal(("IP1", "F2", "Write a liaison checklist", "NCSC-FI duty officer", due), (item.ItemId, item.FindingId, item.Action, item.Owner, item.Due));
    }

    [Theory]
    [InlineData("praise", null, "a finding is a 'strength' or an 'area-for-improvement', not 'praise'")]
    [InlineData("strength", "nothing", "there is no objective 'nothing'")]
    public void Bad_findings_are_rejected(string kind, string? objective, string reason)
    {
        var harness = Quickstart();

        var result = harness.Run(new RecordFinding(Evaluator, null, kind, objective, "Text"));

        Assert.Equal(reason, result.Rejection);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void Teams_cannot_write_findings_and_control_cannot_answer_the_hot_wash()
    {
        var harness = Quickstart(ended: true);

        Assert.Equal("only exercise control and evaluators may record observations, ratings, findings and improvement items",
            harness.Run(new RecordFinding(Finland, null, "strength", null, "We were great.")).Rejection);
        Assert.Equal("only a team answers hot-wash questions", harness.Run(new AnswerHotWash(CommandIssuer.Control, "hw-first-call", "x")).Rejection);
        Assert.Equal("there is no finding or improvement item 'F1'", harness.Run(new WithdrawReviewItem(Evaluator, "F1")).Rejection);
    }

    [Fact]
    public void The_hot_wash_opens_at_the_end_and_a_team_answers_only_its_questions()
    {
        var harness = Quickstart();
        Assert.Equal("the hot wash opens when the exercise ends", harness.Run(new AnswerHotWash(Finland, "hw-first-call", "Two minutes.")).Rejection);
        harness.Run(new EndExercise(CommandIssuer.Control));

        Assert.Equal("hot-wash question 'hw-decision' is not put to team 'ee-ria'", harness.Run(new AnswerHotWash(Estonia, "hw-decision", "x")).Rejection);
        Assert.Equal("there is no hot-wash question 'hw-x'", harness.Run(new AnswerHotWash(Estonia, "hw-x", "x")).Rejection);
        Assert.True(harness.Run(new AnswerHotWash(Finland, "hw-first-call", "Two minutes.")).Accepted);
        Assert.True(harness.Run(new AnswerHotWash(Finland, "hw-first-call", "About three minutes.")).Accepted);

        var answer = harness.State.HotWashAnswers[("hw-first-call", "fi-ncsc")];
        Assert.Equal("About three minutes.", answer.Text);
        Assert.Equal(["fi-ncsc"], answer.Audience.Teams);
    }

    [Fact]
    public void A_reset_clears_findings_the_plan_and_the_hot_wash()
    {
        var harness = Quickstart(ended: true);
        harness.Run(new RecordFinding(Evaluator, null, "area-for-improvement", null, "Slow."));
        harness.Run(new PlanImprovement(Evaluator, null, "F1", "Drill", "x", new DateOnly(2027, 1, 1)));
        harness.Run(new AnswerHotWash(Finland, "hw-first-call", "Fast."));

        harness.Run(new ResetExercise(CommandIssuer.Control));

        Assert.Empty(harness.State.Findings);
        Assert.Empty(harness.State.Improvements);
        Assert.Empty(harness.State.HotWashAnswers);
        Assert.Equal(Fingerprint(harness.State), Fingerprint(Core.Engine.ExerciseState.Replay(harness.Index, harness.Log)));
    }
}
