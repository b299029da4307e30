using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Visibility;
using ExerciseServer.Grains.Sectors;
using ExerciseServer.Grains.Teams;
using ExerciseServer.Grains.Tests.Support;
using ExerciseServer.Tests.Shared;

namespace ExerciseServer.Grains.Tests.Teams;

/// <summary>Team and sector grains beside the exercise grain, on one and three silos.</summary>
public sealed class TeamAndSectorGrainTests
{
    private static readonly CommandIssuer Finland = CommandIssuer.OfTeam("fi-ncsc");

    private static ExerciseCommand Keyed(ExerciseCommand command, string key) => command with { IdempotencyKey = key };

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_team_keeps_its_members_and_sees_only_its_inbox_while_the_exercise_judges_its_keys(short silos)
    {
        await using var harness = await ClusterHarness.StartAsync(silos);
        var exercise = await harness.CreateAsync("ex-team");
        await exercise.Execute(new StartExercise(CommandIssuer.Control));
        await exercise.Execute(new JumpToTime(CommandIssuer.Control, TimeSpan.FromMinutes(8)));
        var finland = harness.Client.GetGrain<ITeamGrain>("ex-team/fi-ncsc");
        var estonia = harness.Client.GetGrain<ITeamGrain>("ex-team/ee-ria");

        var members = await finland.Join("Aino");
        var first = await exercise.Execute(Keyed(new RespondToInject(Finland, "q01-signal-loss", "We see it too."), "team:fi-ncsc:k1"));
        var retry = await exercise.Execute(Keyed(new RespondToInject(Finland, "q01-signal-loss", "We see it too."), "team:fi-ncsc:k1"));
        var other = await exercise.Execute(Keyed(new RespondToInject(CommandIssuer.OfTeam("ee-ria"), "q03-reroute", "Not ours."), "team:ee-ria:k1"));
        var decided = await exercise.Execute(Keyed(new TakeDecision(Finland, "reroute", "reroute-now"), "team:fi-ncsc:k2"));

        Assert.Equal(["Aino"], members.Members);
        Assert.True(first.Accepted && !first.Duplicate);
        Assert.True(retry.Duplicate);
        Assert.Contains("team 'ee-ria' has no inject 'q03-reroute'", other.Rejection, StringComparison.Ordinal);
        Assert.True(decided.Accepted, decided.Rejection);
        var events = await exercise.GetEvents(0, 10_000);
        Assert.Single(events.OfType<InjectResponded>());
        Assert.Equal("team:fi-ncsc:k1", events.OfType<InjectResponded>().Single().CommandKey);
        var inbox = await estonia.GetInbox(Viewer.Player("ex-team", "ee-ria"));
        Assert.Equal(["q01-signal-loss", "q02-news"], inbox.Select(i => i.Id));
        // A team's grain reads its inbox for its own players only.
        Assert.Empty(await estonia.GetInbox(Viewer.Player("ex-team", "fi-ncsc")));
        Assert.Empty(await estonia.GetInbox(Viewer.Observer("ex-team")));
    }

    [Fact]
    public async Task A_team_key_reused_for_another_command_is_refused_however_often_it_is_retried()
    {
        await using var harness = await ClusterHarness.StartAsync(1);
        var exercise = await harness.CreateAsync("ex-team-key");
        await exercise.Execute(new StartExercise(CommandIssuer.Control));
        await exercise.Execute(new JumpToTime(CommandIssuer.Control, TimeSpan.FromMinutes(8)));
        var answered = await exercise.Execute(Keyed(new RespondToInject(Finland, "q01-signal-loss", "We see it too."), "team:fi-ncsc:k1"));
        var decided = await exercise.Execute(Keyed(new TakeDecision(Finland, "reroute", "reroute-now"), "team:fi-ncsc:k1"));
        var again = await exercise.Execute(Keyed(new TakeDecision(Finland, "reroute", "reroute-now"), "team:fi-ncsc:k1"));

        Assert.True(answered.Accepted && !answered.Duplicate);
        Assert.All(new[] { decided, again }, outcome =>
        {
            Assert.False(outcome.Accepted || outcome.Duplicate);
            Assert.Equal(Core.Engine.RejectionCode.Conflict, outcome.Code);
            Assert.True(outcome.KeyReused);
            Assert.Contains("team:fi-ncsc:k1", outcome.Rejection, StringComparison.Ordinal);
        });
        Assert.Empty((await exercise.GetEvents(0, 10_000)).OfType<DecisionTaken>());
    }

    [Fact]
    public async Task A_sector_grain_follows_the_exercise_and_rebuilds_its_history_after_a_restart()
    {
        var harness = await ClusterHarness.StartAsync(1);
        var path = harness.DatabasePath;
        var time = harness.Time;
        IReadOnlyList<Contracts.SectorPoint> live;
        await using (harness)
        {
            var exercise = await harness.CreateAsync("ex-sector");
            await exercise.Execute(new StartExercise(CommandIssuer.Control));
            await exercise.Execute(new JumpToTime(CommandIssuer.Control, TimeSpan.FromMinutes(14)));
            await Task.Delay(200, TestContext.Current.CancellationToken);
            live = (await harness.Client.GetGrain<ISectorGrain>("ex-sector/digital").GetHistory()).Points;
            Assert.Contains(live, p => p.State == SectorCondition.Degraded);
            Assert.True(live.Count >= 3, $"{live.Count} points");
        }

        await using var restarted = await ClusterHarness.StartAsync(1, path, time);
        var rebuilt = (await restarted.Client.GetGrain<ISectorGrain>("ex-sector/digital").GetHistory()).Points;

        Assert.Equal(live, rebuilt);
    }

    [Fact]
    public async Task The_review_draws_each_sector_from_its_sector_grain_with_the_same_curve_the_log_gives()
    {
        await using var harness = await ClusterHarness.StartAsync(1);
        var exercise = await harness.CreateAsync("ex-curves");
        await exercise.Execute(new StartExercise(CommandIssuer.Control));
        await exercise.Execute(new JumpToTime(CommandIssuer.Control, TimeSpan.FromMinutes(14)));
        await exercise.Execute(new ResetExercise(CommandIssuer.Control));
        await exercise.Execute(new StartExercise(CommandIssuer.Control));
        await exercise.Execute(new JumpToTime(CommandIssuer.Control, TimeSpan.FromMinutes(25)));

        var review = await exercise.GetReview(Viewer.Control);
        var events = await exercise.GetEvents(0, 10_000);
        var history = await harness.Client.GetGrain<ISectorGrain>("ex-curves/digital").GetHistory(events[^1].Seq);

        Assert.NotNull(review);
        Assert.Equal(events.OfType<ExerciseReset>().Single().Seq, history.RunStartSeq);
        Assert.All(history.Points, p => Assert.Contains(new SectorPointReview(p.GameTime, p.Inoperability), review.Sectors.Single(s => s.Id == "digital").Points));
        var scenario = Core.Scenarios.ScenarioLoader.Load("quickstart.yaml", await File.ReadAllTextAsync(RepositoryPaths.Scenario("quickstart.yaml"), TestContext.Current.CancellationToken)).Scenario!;
        var fromLog = ReviewBuilder.Build(new Core.Engine.ScenarioIndex(scenario), "ex-curves", "Test", events);
        Assert.Equal(fromLog.Sectors.Select(s => s.Points), review.Sectors.Select(s => s.Points));
    }
}
