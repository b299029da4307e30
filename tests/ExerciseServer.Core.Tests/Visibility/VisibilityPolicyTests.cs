using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Tests.Support;
using ExerciseServer.Core.Visibility;

namespace ExerciseServer.Core.Tests.Visibility;

/// <summary>
/// The visibility policy against one table of expectations: every role × ready, running and ended × every kind of
/// inject (to one team, to both, to all, to one role of a team, to observers, to control only, not yet released),
/// with a player of red signed in for its liaison role and one for its lead role beside the plain players; then expected actions,
/// decisions, sectors, events and the review's redaction.
/// </summary>
public sealed class VisibilityPolicyTests
{
    private const string Scenario = """
        schema: 1
        id: visibility
        title: Visibility test
        clock: { start: 2026-03-02T08:00:00Z, speed: 1, duration: 2h }
        sectors:
          - { id: energy, name: Energy, recovery: 1h }
          - { id: digital, name: Digital, recovery: 2h }
        teams:
          - id: red
            name: Red
            sees: [energy, digital]
            roles: [{ id: lead, name: Lead, briefing: Chair the cell. }, { id: liaison, name: Liaison, briefing: Liaise. }]
          - { id: blue, name: Blue, sees: [energy] }
        injects:
          - id: to-red
            at: 1m
            to: red
            title: To red
            decision: choose
            expected_actions: [{ id: red-answers, action: Answer, within: 30m }]
          - id: to-both
            at: 2m
            to: [red, blue]
            title: To both
            expected_actions:
              - { id: both-red, team: red, action: Red answers, within: 30m }
              - { id: both-blue, team: blue, action: Blue answers, within: 30m }
          - { id: to-all, at: 3m, to: all, title: To all, effects: [{ sector: digital, perturbation: 0.3 }] }
          - { id: to-observers, at: 4m, to: observers, title: To observers }
          - { id: to-red-liaison, at: 4m, to: red/liaison, title: To red's liaison alone }
          - { id: to-control, at: 5m, to: control, title: To control }
          - { id: later, at: 90m, to: blue, title: Later, decision: unused, expected_actions: [{ id: later-blue, action: Answer later, within: 10m }] }
        decisions:
          - id: choose
            title: Choose
            by: red
            options: [{ id: act, title: Act, effects: [{ sector: energy, perturbation: 0.1 }] }, { id: wait, title: Wait }]
          - id: unused
            title: Put only at 90m
            by: blue
            options: [{ id: hold, title: Hold }, { id: go, title: Go }]
        """;

    private static readonly Viewer[] Viewers =
    [
        Viewer.Control,
        Viewer.Evaluator("ex-1"),
        Viewer.Observer("ex-1"),
        Viewer.Player("ex-1", "red"),
        Viewer.Player("ex-1", "red", "liaison"),
        Viewer.Player("ex-1", "red", "lead"),
        Viewer.Player("ex-1", "blue"),
    ];

    /// <summary>(inject, phase) → who reads it: C control, E evaluator, O observer, R red, L red's liaison, D red's lead, B blue.</summary>
    private static readonly Dictionary<(string Inject, ExerciseLifecycle Phase), string> InjectTable = new()
    {
        [("to-red", ExerciseLifecycle.Ready)] = "CE",
        [("to-red", ExerciseLifecycle.Running)] = "CEORLD",
        [("to-red", ExerciseLifecycle.Ended)] = "CEORLD",
        [("to-both", ExerciseLifecycle.Ready)] = "CE",
        [("to-both", ExerciseLifecycle.Running)] = "CEORLDB",
        [("to-both", ExerciseLifecycle.Ended)] = "CEORLDB",
        [("to-all", ExerciseLifecycle.Ready)] = "CE",
        [("to-all", ExerciseLifecycle.Running)] = "CEORLDB",
        [("to-all", ExerciseLifecycle.Ended)] = "CEORLDB",
        [("to-red-liaison", ExerciseLifecycle.Ready)] = "CE",
        [("to-red-liaison", ExerciseLifecycle.Running)] = "CEOL",
        [("to-red-liaison", ExerciseLifecycle.Ended)] = "CEOL",
        [("to-observers", ExerciseLifecycle.Ready)] = "CE",
        [("to-observers", ExerciseLifecycle.Running)] = "CEO",
        [("to-observers", ExerciseLifecycle.Ended)] = "CEO",
        [("to-control", ExerciseLifecycle.Ready)] = "C",
        [("to-control", ExerciseLifecycle.Running)] = "C",
        [("to-control", ExerciseLifecycle.Ended)] = "C",
        [("later", ExerciseLifecycle.Ready)] = "CE",
        [("later", ExerciseLifecycle.Running)] = "CE",
        [("later", ExerciseLifecycle.Ended)] = "CEO",
    };

    /// <summary>(expected action, phase) → who sees it.</summary>
    private static readonly Dictionary<(string Action, ExerciseLifecycle Phase), string> ActionTable = new()
    {
        [("red-answers", ExerciseLifecycle.Ready)] = "CE",
        [("red-answers", ExerciseLifecycle.Running)] = "CEORLD",
        [("both-red", ExerciseLifecycle.Running)] = "CEORLD",
        [("both-blue", ExerciseLifecycle.Running)] = "CEOB",
        [("both-blue", ExerciseLifecycle.Ended)] = "CEOB",
        [("later-blue", ExerciseLifecycle.Running)] = "CE",
        [("later-blue", ExerciseLifecycle.Ended)] = "CEO",
    };

    /// <summary>(decision, phase) → who sees it.</summary>
    private static readonly Dictionary<(string Decision, ExerciseLifecycle Phase), string> DecisionTable = new()
    {
        [("choose", ExerciseLifecycle.Ready)] = "CE",
        [("choose", ExerciseLifecycle.Running)] = "CEORLD",
        [("unused", ExerciseLifecycle.Running)] = "CE",
        [("unused", ExerciseLifecycle.Ended)] = "CEO",
    };

    public static TheoryData<ExerciseLifecycle> Phases() => [ExerciseLifecycle.Ready, ExerciseLifecycle.Running, ExerciseLifecycle.Ended];

    [Theory]
    [MemberData(nameof(Phases))]
    public void Injects_follow_the_table(ExerciseLifecycle phase)
    {
        var state = StateIn(phase);
        foreach (var ((id, tablePhase), readers) in InjectTable.Where(row => row.Key.Phase == phase))
        {
            foreach (var viewer in Viewers)
            {
                var sight = VisibilityPolicy.Inject(viewer, phase, state.Injects[id]);
                var expected = !readers.Contains(Letter(viewer), StringComparison.Ordinal) ? Sight.None
                    : viewer.Role == ViewerRole.Control ? Sight.Full : Sight.Redacted;
                Assert.True(expected == sight, $"{id} while {tablePhase} for {viewer}: {sight}, expected {expected}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Phases))]
    public void Expected_actions_and_decisions_follow_the_table(ExerciseLifecycle phase)
    {
        var state = StateIn(phase);
        foreach (var viewer in Viewers)
        {
            var sight = ExerciseSight.Of(viewer, state);
            foreach (var ((id, _), readers) in ActionTable.Where(row => row.Key.Phase == phase))
            {
                Assert.True(readers.Contains(Letter(viewer), StringComparison.Ordinal) == sight.ExpectedAction(id), $"action {id} while {phase} for {viewer}");
            }

            foreach (var ((id, _), readers) in DecisionTable.Where(row => row.Key.Phase == phase))
            {
                Assert.True(readers.Contains(Letter(viewer), StringComparison.Ordinal) == sight.Decision(id), $"decision {id} while {phase} for {viewer}");
            }
        }
    }

    [Fact]
    public void A_team_sees_only_the_sectors_its_role_can_see()
    {
        var index = StateIn(ExerciseLifecycle.Ready).Index;
        Assert.True(VisibilityPolicy.Sector(Viewer.Player("ex-1", "red"), index, "digital"));
        Assert.False(VisibilityPolicy.Sector(Viewer.Player("ex-1", "blue"), index, "digital"));
        Assert.True(VisibilityPolicy.Sector(Viewer.Player("ex-1", "blue"), index, "energy"));
        Assert.True(VisibilityPolicy.Sector(Viewer.Observer("ex-1"), index, "digital"));
        Assert.False(VisibilityPolicy.Sector(new Viewer(ViewerRole.Player, "ex-1"), index, "energy"));
    }

    [Fact]
    public void Events_are_seen_by_whom_their_audience_names()
    {
        var log = Played(ExerciseLifecycle.Ended).Log;
        foreach (var e in log)
        {
            foreach (var viewer in Viewers)
            {
                var expected = viewer.Role switch
                {
                    ViewerRole.Control => true,
                    ViewerRole.Evaluator or ViewerRole.Observer => e.Audience.Observers,
                    _ => e.Audience.AllPlayers || e.Audience.Teams.Contains(viewer.Team!)
                        || (viewer.TeamRole is { } role && e.Audience.Roles.Contains($"{viewer.Team}/{role}")),
                };
                Assert.True(expected == VisibilityPolicy.MaySee(viewer, e), $"{e.GetType().Name} {e.Seq} for {viewer}");
            }
        }

        var toControl = Assert.Single(log.OfType<Core.Engine.Events.InjectReleased>(), r => r.InjectId == "to-control");
        Assert.All(Viewers.Skip(1), v => Assert.False(VisibilityPolicy.MaySee(v, toControl)));
        Assert.False(VisibilityPolicy.MaySee(new Viewer(ViewerRole.Player, "ex-1"), log[0]));
    }

    [Fact]
    public void What_goes_to_one_role_reaches_only_that_roles_players_though_the_team_is_a_recipient()
    {
        var inject = StateIn(ExerciseLifecycle.Running).Injects["to-red-liaison"];

        Assert.Equal(["red"], inject.Recipients);
        Assert.True(inject.Audience.IncludesTeam("red"));
        Assert.False(inject.Audience.IncludesTeam("blue"));
        Assert.True(VisibilityPolicy.MaySee(Viewer.Player("ex-1", "red", "liaison"), inject.Audience));
        Assert.False(VisibilityPolicy.MaySee(Viewer.Player("ex-1", "red", "lead"), inject.Audience));
        Assert.False(VisibilityPolicy.MaySee(Viewer.Player("ex-1", "red"), inject.Audience));
        Assert.False(VisibilityPolicy.MaySee(Viewer.Player("ex-1", "blue", "liaison"), inject.Audience));
        Assert.True(VisibilityPolicy.MaySee(Viewer.Observer("ex-1"), inject.Audience));
    }

    [Fact]
    public void A_roles_briefing_is_read_by_that_roles_players_and_by_staff()
    {
        foreach (var viewer in Viewers)
        {
            var reads = viewer.IsStaff || viewer.TeamRole == "liaison";
            Assert.Equal(reads, VisibilityPolicy.RoleBriefing(viewer, "red", "liaison"));
        }

        Assert.False(VisibilityPolicy.RoleBriefing(Viewer.Player("ex-1", "blue", "liaison"), "red", "liaison"));
    }

    [Fact]
    public void Only_the_exercise_signed_in_to_is_entered_and_control_enters_all()
    {
        Assert.True(VisibilityPolicy.MayEnter(Viewer.Control, "ex-2"));
        Assert.True(VisibilityPolicy.MayEnter(Viewer.Observer("ex-1"), "ex-1"));
        Assert.False(VisibilityPolicy.MayEnter(Viewer.Observer("ex-1"), "ex-2"));
        Assert.False(VisibilityPolicy.MayEnter(Viewer.Player("ex-1", "red"), "ex-2"));
        Assert.False(VisibilityPolicy.MayEnter(new Viewer(ViewerRole.Evaluator), "ex-1"));
    }

    [Fact]
    public void A_role_the_policy_does_not_know_sees_nothing()
    {
        var unknown = new Viewer((ViewerRole)99, "ex-1", "red");
        var state = StateIn(ExerciseLifecycle.Running);
        Assert.False(VisibilityPolicy.MaySee(unknown, EventAudience.Everyone));
        Assert.Equal(Sight.None, VisibilityPolicy.Inject(unknown, ExerciseLifecycle.Running, state.Injects["to-all"]));
        Assert.False(VisibilityPolicy.Decision(unknown, ExerciseLifecycle.Ended, state.Decisions["choose"]));
    }

    [Fact]
    public void A_viewer_names_itself_in_messages()
    {
        Assert.Equal("control", Viewer.Control.ToString());
        Assert.Equal("team 'red' of ex-1", Viewer.Player("ex-1", "red").ToString());
        Assert.Equal("observer of ex-1", Viewer.Observer("ex-1").ToString());
    }

    [Fact]
    public void Staff_only_things_are_staff_only()
    {
        foreach (var viewer in Viewers)
        {
            var staff = viewer.Role != ViewerRole.Player;
            Assert.Equal(staff, VisibilityPolicy.Objectives(viewer));
            Assert.Equal(staff, VisibilityPolicy.EvaluationRecords(viewer));
            Assert.Equal(staff, VisibilityPolicy.Review(viewer));
            Assert.Equal(viewer.Role == ViewerRole.Control, VisibilityPolicy.Administration(viewer));
            Assert.Equal(staff || viewer.Team == "red", VisibilityPolicy.TeamActivity(viewer, "red"));
        }
    }

    [Fact]
    public void The_review_is_redacted_for_observers_during_play_and_refused_to_players()
    {
        var harness = Played(ExerciseLifecycle.Running);
        var review = ReviewBuilder.Build(harness.Index, "ex-1", "Test", harness.Log);

        var observer = ReviewRedaction.For(ExerciseSight.Of(Viewer.Observer("ex-1"), harness.State), review)!;
        var control = ReviewRedaction.For(ExerciseSight.Of(Viewer.Control, harness.State), review);
        var player = ReviewRedaction.For(ExerciseSight.Of(Viewer.Player("ex-1", "red"), harness.State), review);
        var snapshot = ReviewRedaction.For(ExerciseSight.Of(Viewer.Observer("ex-1"), harness.State), ExerciseSnapshot.Of(harness.State))!;

        Assert.Same(review, control);
        Assert.Null(player);
        var whole = ExerciseSnapshot.Of(harness.State);
        Assert.Same(whole, ReviewRedaction.For(ExerciseSight.Of(Viewer.Control, harness.State), whole));
        Assert.Null(ReviewRedaction.For(ExerciseSight.Of(Viewer.Player("ex-1", "red"), harness.State), ExerciseSnapshot.Of(harness.State)));
        Assert.Equal(review.Teams.SelectMany(t => t.Timeline), observer.Teams.SelectMany(t => t.Timeline));
        Assert.Contains(review.Teams.SelectMany(t => t.Timeline), e => e.InjectId is not null);
        Assert.Equal(["red-answers"], observer.Ratings.Select(r => r.TargetId));
        Assert.Equal(["later-blue", "red-answers"], review.Ratings.Select(r => r.TargetId).Order());
        Assert.Equal(
            review.Sectors.SelectMany(s => s.Markers).Select(m => $"{m.Kind}:{m.Id}").Order(),
            observer.Sectors.SelectMany(s => s.Markers).Select(m => $"{m.Kind}:{m.Id}").Order());
        Assert.Contains(observer.Sectors.SelectMany(s => s.Markers), m => m.Kind == "decision" && m.Id == "choose");
        Assert.Contains(observer.Sectors.SelectMany(s => s.Markers), m => m.Kind == "inject" && m.Id == "to-all");
        Assert.Equal(["to-red", "to-both", "to-all", "to-observers", "to-red-liaison"], observer.Injects.Select(i => i.Id));
        Assert.DoesNotContain(observer.ExpectedActions, a => a.Id == "later-blue");
        Assert.DoesNotContain(observer.Decisions, d => d.Id == "unused");
        Assert.Equal(["to-red", "to-both", "to-all", "to-observers", "to-red-liaison"], snapshot.Injects.Select(i => i.Id));
        Assert.Contains(review.Injects, i => i.Id == "to-control");
    }

    private static string Letter(Viewer viewer) => viewer.Role switch
    {
        ViewerRole.Control => "C",
        ViewerRole.Evaluator => "E",
        ViewerRole.Observer => "O",
        _ when viewer.Team == "red" => viewer.TeamRole switch { "liaison" => "L", "lead" => "D", _ => "R" },
        _ => "B",
    };

    private static ExerciseState StateIn(ExerciseLifecycle phase) => Played(phase).State;

    /// <summary>Ready: nothing released. Running: paused at 10m, the first five released. Ended: ended there.</summary>
    private static EngineHarness Played(ExerciseLifecycle phase)
    {
        var harness = new EngineHarness(Scenario);
        if (phase == ExerciseLifecycle.Ready)
        {
            return harness;
        }

        harness.Control(new StartExercise(CommandIssuer.Control));
        harness.At(EngineHarness.Min(10), new PauseExercise(CommandIssuer.Control));
        harness.Run(new RespondToInject(CommandIssuer.OfTeam("red"), "to-red", "Done"));
        harness.Run(new TakeDecision(CommandIssuer.OfTeam("red"), "choose", "act"));
        harness.Run(new RecordRating(CommandIssuer.Evaluator("Eeva"), "expected-action", "red-answers", "S", null));
        harness.Run(new RecordRating(CommandIssuer.Evaluator("Eeva"), "expected-action", "later-blue", "M", null));
        if (phase == ExerciseLifecycle.Ended)
        {
            harness.Control(new EndExercise(CommandIssuer.Control));
        }

        return harness;
    }
}
