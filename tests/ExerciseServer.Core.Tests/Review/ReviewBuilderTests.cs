using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Tests.Support;
using ExerciseServer.Tests.Shared;
using static ExerciseServer.Core.Tests.Support.EngineHarness;

namespace ExerciseServer.Core.Tests.Review;

/// <summary>The review of a scripted run says exactly what the script did: response times, judgements, ratings.</summary>
public sealed class ReviewBuilderTests
{
    private readonly ScriptedQuickstartRun _run = new();

    [Fact]
    public void Response_and_acknowledge_times_are_measured_from_the_release()
    {
        var review = _run.Review();

        var q01 = review.Injects.Single(i => i.Id == "q01-signal-loss");
        // Estonia never answered, so the inject expired when its last expected action fell due.
        Assert.Equal((Min(1), InjectStatus.Expired), (q01.ReleasedAt!.Value, q01.Status));
        var finland = q01.Recipients.Single(r => r.Team == "fi-ncsc");
        Assert.Equal((Min(2), Min(1), Min(4), Min(3)), (finland.AcknowledgedAt, finland.AcknowledgeTime, finland.AnsweredAt, finland.ResponseTime));
        Assert.Equal(["Operator reports a fault 38 km out; RIA informed by chat."], finland.Responses);
        var estonia = q01.Recipients.Single(r => r.Team == "ee-ria");
        Assert.Equal((null, null, null), (estonia.AcknowledgedAt, estonia.AnsweredAt, estonia.ResponseTime));

        var q02 = review.Injects.Single(i => i.Id == "q02-news");
        Assert.Equal((Min(4), "news", "Helsinki Daily"), (q02.ReleasedAt!.Value, q02.Channel, q02.From));
        Assert.Equal(Min(1), q02.Recipients.Single(r => r.Team == "ee-ria").AcknowledgeTime);
        Assert.Equal(InjectStatus.Pending, review.Injects.Single(i => i.Id == "q04-reminder").Status);
    }

    [Fact]
    public void Expected_actions_are_met_or_missed_with_their_timing()
    {
        var review = _run.Review();

        var met = review.ExpectedActions.Single(a => a.Id == "q01-fi-notify");
        Assert.Equal((ActionStatus.Met, Min(1), Min(6), Min(4), Min(3)), (met.Status, met.StartedAt!.Value, met.Deadline!.Value, met.JudgedAt!.Value, met.TimeTaken!.Value));
        var missed = review.ExpectedActions.Single(a => a.Id == "q01-ee-notify");
        Assert.Equal((ActionStatus.Missed, "ee-ria", Min(6), (TimeSpan?)null), (missed.Status, missed.Team, missed.JudgedAt!.Value, missed.TimeTaken));
        Assert.Equal(("U", "Unable to be performed", "No confirmation from the landing station."), (missed.Rating!.Rating, missed.Rating.Label, missed.Rating.Note));
        Assert.Equal((1, 1, 0), (review.Figures.ActionsMet, review.Figures.ActionsMissed, review.Figures.ActionsOpen));
    }

    [Fact]
    public void The_latest_rating_of_an_objective_counts_and_the_history_is_kept()
    {
        var review = _run.Review();

        var objective = review.Objectives.Single(o => o.Id == "share-information");
        Assert.Equal(("M", "Performed with major challenges", "evaluator: Eeva", Min(11)), (objective.Rating!.Rating, objective.Rating.Label, objective.Rating.By, objective.Rating.GameTime));
        Assert.Equal("P", objective.Tasks.Single(t => t.Id == "notify-neighbour").Rating!.Rating);
        Assert.Equal(["q01-fi-notify", "q01-ee-notify"], objective.ExpectedActions);
        Assert.Equal((1, 1), (objective.ActionsMet, objective.ActionsMissed));
        Assert.Equal(["S", "P", "M", "U"], review.Ratings.Select(r => r.Rating));
        Assert.Null(review.Objectives.Single(o => o.Id == "protect-traffic").Rating);
    }

    [Fact]
    public void Each_team_lane_shows_what_it_received_and_did_in_order()
    {
        var review = _run.Review();

        var finland = review.Teams.Single(t => t.Id == "fi-ncsc").Timeline;
        var expected = new (TimeSpan, string, string?)[]
        {
            (Min(1), "received", "q01-signal-loss"),
            (Min(2), "acknowledged", "q01-signal-loss"),
            (Min(3), "message-sent", null),
            (Min(4), "received", "q02-news"),
            (Min(4), "answered", "q01-signal-loss"),
            (Min(4), "action-met", "q01-signal-loss"),
            (Min(7), "received", "q03-reroute"),
            (Min(8), "acknowledged", "q03-reroute"),
            (Min(9), "decided", null),
        };
        Assert.Equal(expected, finland.Where(e => e.Kind != "received" || e.InjectId != "q05-congestion").Select(e => (e.GameTime, e.Kind, e.InjectId)));
        Assert.Equal(("Reroute priority traffic over the land route?", "Reroute now"), (finland.Single(e => e.Kind == "decided").Label, finland.Single(e => e.Kind == "decided").Detail));
        var estonia = review.Teams.Single(t => t.Id == "ee-ria").Timeline;
        Assert.Contains(estonia, e => e is { Kind: "message-received", Detail: "We see loss of light 38 km out. Do you?" } && e.GameTime == Min(3));
        Assert.Contains(estonia, e => e.Kind == "action-missed" && e.GameTime == Min(6));
    }

    [Fact]
    public void Sector_curves_carry_the_injects_and_decisions_that_moved_them()
    {
        var review = _run.Review();

        var digital = review.Sectors.Single(s => s.Id == "digital");
        Assert.Equal(
            [("inject", "q01-signal-loss", Min(1), (double?)0.3, (double?)0.2), ("decision", "reroute", Min(9), -0.2, null)],
            digital.Markers.Select(m => (m.Kind, m.Id, m.GameTime, m.Perturbation, m.Shock)));
        Assert.Equal((TimeSpan.Zero, 0.0), (digital.Points[0].GameTime, digital.Points[0].Inoperability));
        Assert.True(digital.Peak >= 0.2, $"peak {digital.Peak}");
        Assert.Contains(digital.Changes, c => c.From == SectorCondition.Normal && c.To != SectorCondition.Normal);
        Assert.True(digital.Points.Zip(digital.Points.Skip(1)).All(p => p.First.GameTime <= p.Second.GameTime));
        Assert.Empty(review.Sectors.Single(s => s.Id == "energy").Markers);
        Assert.Contains(digital.Points, p => p.GameTime == Min(9));
        Assert.All(review.Sectors, s => Assert.Equal(review.GameTimeReached, s.Points[^1].GameTime));
    }

    [Fact]
    public void Decisions_findings_the_plan_and_the_hot_wash_are_reported()
    {
        var review = _run.Review();

        var reroute = Assert.Single(review.Decisions);
        Assert.Equal((Min(7), "reroute-now", "Reroute now", Min(9), false), (reroute.PresentedAt!.Value, reroute.OptionId, reroute.OptionTitle, reroute.DecidedAt!.Value, reroute.ByDefault));
        Assert.Equal([("F1", "strength"), ("F2", "area-for-improvement")], review.Findings.Select(f => (f.Id, f.Kind)));
        var item = Assert.Single(review.ImprovementPlan);
        Assert.Equal(("IP1", "F2", "RIA duty officer", ScriptedQuickstartRun.Due), (item.Id, item.FindingId, item.Owner, item.Due));
        var firstCall = review.HotWash.Single(q => q.Id == "hw-first-call");
        Assert.Equal(["fi-ncsc", "ee-ria"], firstCall.Teams);
        Assert.Equal([("fi-ncsc", "About three minutes, through the chat."), ("ee-ria", "We learnt it from the news first.")], firstCall.Answers.Select(a => (a.Team, a.Text)));
        Assert.Equal(["fi-ncsc"], review.HotWash.Single(q => q.Id == "hw-decision").Teams);
        // Paused at 11m15s of game time; the end and the hot wash come later in wall time only.
        Assert.Equal((ExerciseLifecycle.Ended, "ended by control", Min(11.25)), (review.Lifecycle, review.EndReason, review.GameTimeReached));
        Assert.Equal(T0, review.StartedAt);
        Assert.Equal(T0 + Min(11.5), review.EndedAt);
    }

    [Fact]
    public void The_figures_sum_up_the_deliveries()
    {
        var figures = _run.Review().Figures;

        Assert.Equal(6, figures.InjectsPlanned);
        Assert.Equal(1, figures.Messages);
        Assert.Equal(1, figures.Observations);
        Assert.Equal((1, 0), (figures.DecisionsTaken, figures.DecisionsByDefault));
        Assert.Equal(Min(3), figures.MedianResponseTime);
        Assert.Equal(Min(1), figures.MedianAcknowledgeTime);
        Assert.True(figures.Deliveries >= 4, $"{figures.Deliveries} deliveries");
    }

    [Fact]
    public void Injects_written_during_play_are_counted_apart_from_the_planned_ones()
    {
        var harness = new EngineHarness(File.ReadAllText(RepositoryPaths.Scenario("quickstart.yaml")));
        harness.At(TimeSpan.Zero, new StartExercise(CommandIssuer.Control));
        harness.At(Min(2), new CreateAdHocInject(CommandIssuer.Control, ["ee-ria"], "phone", "Minister calls", "Brief me."));
        harness.At(Min(3), new RespondToInject(ScriptedQuickstartRun.Estonia, "adhoc-1", "Briefing at 08:00."));

        var review = ReviewBuilder.Build(harness.Index, "ex", "x", harness.Log);

        Assert.Equal((6, 1, 1), (review.Figures.InjectsPlanned, review.Figures.InjectsReleased, review.Figures.AdHocInjects));
        var adHoc = review.Injects.Single(i => i.AdHoc);
        Assert.Equal(("phone", "control", Min(1)), (adHoc.Channel, adHoc.From, adHoc.Recipients.Single().ResponseTime!.Value));
    }

    [Fact]
    public void A_reset_rehearsal_does_not_leak_into_the_review()
    {
        var harness = new EngineHarness(File.ReadAllText(RepositoryPaths.Scenario("quickstart.yaml")));
        harness.At(TimeSpan.Zero, new StartExercise(CommandIssuer.Control));
        harness.At(Min(2), new RespondToInject(ScriptedQuickstartRun.Finland, "q01-signal-loss", "Rehearsal answer."));
        harness.At(Min(3), new RecordRating(ScriptedQuickstartRun.Evaluator, "objective", "share-information", "U", null));
        harness.At(Min(4), new ResetExercise(CommandIssuer.Control));
        harness.At(Min(10), new StartExercise(CommandIssuer.Control));
        harness.At(Min(15), new RespondToInject(ScriptedQuickstartRun.Finland, "q01-signal-loss", "Real answer."));

        var review = ReviewBuilder.Build(harness.Index, "ex", "x", harness.Log);

        var finland = review.Injects.Single(i => i.Id == "q01-signal-loss").Recipients.Single(r => r.Team == "fi-ncsc");
        Assert.Equal(["Real answer."], finland.Responses);
        Assert.Equal(Min(4), finland.ResponseTime);
        Assert.Empty(review.Ratings);
        Assert.Equal(T0 + Min(10), review.StartedAt);
    }

    [Fact]
    public void A_review_of_an_exercise_not_yet_started_is_empty_but_complete()
    {
        var harness = new EngineHarness(File.ReadAllText(RepositoryPaths.Scenario("baltic-critical-infrastructure.yaml")));

        var review = ReviewBuilder.Build(harness.Index, "ex", "x", harness.Log);

        Assert.Equal((ExerciseLifecycle.Ready, 0L, 0), (review.Lifecycle, review.LastSeq, review.Figures.InjectsReleased));
        Assert.All(review.Sectors, s => Assert.Single(s.Points));
        Assert.Equal(harness.Index.Scenario.Teams.Count, review.Teams.Count);
        Assert.Null(review.Figures.MedianResponseTime);
    }

    [Fact]
    public void Sector_curves_kept_per_sector_are_drawn_in_place_of_the_samples_in_the_log()
    {
        var harness = new EngineHarness(File.ReadAllText(RepositoryPaths.Scenario("quickstart.yaml")));
        harness.At(TimeSpan.Zero, new StartExercise(CommandIssuer.Control));
        harness.At(Min(35), new PauseExercise(CommandIssuer.Control));
        var fromLog = ReviewBuilder.Build(harness.Index, "ex", "x", harness.Log);
        var sector = fromLog.Sectors[0].Id;
        IReadOnlyList<SectorPointReview> samples = [.. harness.Log
            .Where(e => e is SectorSampled s && s.Sector == sector || e is SectorStateChanged c && c.Sector == sector)
            .Select(e => new SectorPointReview(e.GameTime, e is SectorSampled s ? s.Inoperability : ((SectorStateChanged)e).Inoperability))];
        Assert.NotEmpty(samples);

        var same = ReviewBuilder.Build(harness.Index, "ex", "x", harness.Log, new Dictionary<string, IReadOnlyList<SectorPointReview>> { [sector] = samples });
        var marked = new SectorPointReview(Min(7), 0.4242);
        var kept = ReviewBuilder.Build(harness.Index, "ex", "x", harness.Log, new Dictionary<string, IReadOnlyList<SectorPointReview>> { [sector] = [marked] });

        Assert.Equal(fromLog.Sectors.Select(s => s.Points), same.Sectors.Select(s => s.Points));
        // After the start (where a curve may begin with the sector's initial value): the log's curve less its samples, plus the kept point.
        var modelPoints = fromLog.Sectors[0].Points.Where(p => p.GameTime > TimeSpan.Zero).ToList();
        foreach (var sample in samples.Where(p => p.GameTime > TimeSpan.Zero))
        {
            Assert.True(modelPoints.Remove(sample), $"{sample} is in the log's curve");
        }

        Assert.Equal(
            modelPoints.Append(marked).OrderBy(p => p.GameTime).ThenBy(p => p.Inoperability),
            kept.Sectors[0].Points.Where(p => p.GameTime > TimeSpan.Zero).OrderBy(p => p.GameTime).ThenBy(p => p.Inoperability));
        Assert.Equal(fromLog.Sectors.Skip(1).Select(s => s.Points), kept.Sectors.Skip(1).Select(s => s.Points));
    }
}
