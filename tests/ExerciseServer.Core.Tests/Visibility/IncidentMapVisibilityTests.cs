using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Maps;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Tests.Support;
using ExerciseServer.Core.Visibility;

namespace ExerciseServer.Core.Tests.Visibility;

/// <summary>
/// A map location is seen with the injects that mention it: control sees every location from the start; a team only
/// those mentioned by an inject released to it, never one of another team's inject or of one still to come.
/// </summary>
public sealed class IncidentMapVisibilityTests
{
    private const string Scenario = """
        schema: 1
        id: map-visibility
        title: Map visibility
        clock: { start: 2026-03-02T08:00:00Z, duration: 2h }
        sectors:
          - { id: energy, name: Energy, recovery: 1h, locations: [sector-only] }
        teams:
          - { id: red, name: Red, sees: [energy] }
          - { id: blue, name: Blue, sees: [energy] }
        injects:
          - { id: to-red, at: 1m, to: red, title: To red, locations: [shared, red-only] }
          - { id: to-blue, at: 2m, to: blue, title: To blue, locations: [shared, blue-only] }
          - { id: to-control, at: 3m, to: control, title: To control, locations: [control-only] }
          - { id: later, at: 90m, to: [red, blue], title: Later, locations: [later-place] }
        locations:
          - { id: shared, name: Shared, kind: point, coordinates: [24.9, 60.1] }
          - { id: red-only, name: Red only, kind: point, coordinates: [24.0, 60.0] }
          - { id: blue-only, name: Blue only, kind: line, coordinates: [[24.0, 59.5], [25.0, 59.5]] }
          - { id: control-only, name: Control only, kind: point, coordinates: [23.0, 59.0] }
          - { id: later-place, name: Later, kind: area, coordinates: [[20, 55], [21, 55], [21, 56]] }
          - { id: sector-only, name: Sector only, kind: point, coordinates: [22.0, 58.0] }
        """;

    [Fact]
    public void Before_the_start_control_sees_every_location_and_a_team_none()
    {
        var state = new EngineHarness(Scenario).State;

        Assert.Equal(["shared", "red-only", "blue-only", "control-only", "later-place", "sector-only"], Seen(Viewer.Control, state));
        Assert.Empty(Seen(Viewer.Player("ex-1", "red"), state));
        Assert.Empty(Seen(Viewer.Observer("ex-1"), state));
    }

    [Fact]
    public void A_team_sees_the_locations_of_injects_released_to_it_and_no_other()
    {
        var state = Running();

        Assert.Equal(["shared", "red-only"], Seen(Viewer.Player("ex-1", "red"), state));
        Assert.Equal(["shared", "blue-only"], Seen(Viewer.Player("ex-1", "blue"), state));
        Assert.Equal(["shared", "red-only", "blue-only"], Seen(Viewer.Observer("ex-1"), state));
        Assert.Equal(["shared", "red-only", "blue-only", "later-place"], Seen(Viewer.Evaluator("ex-1"), state));
    }

    [Fact]
    public void A_seen_location_lists_only_the_mentioning_injects_the_reader_sees()
    {
        var sight = ExerciseSight.Of(Viewer.Player("ex-1", "red"), Running());

        var shared = IncidentMap.Seen(sight, IncidentMap.Of(Running().Index.Scenario)).Single(f => f.Id == "shared");

        Assert.Equal(["to-red"], shared.Injects);
    }

    [Fact]
    public void The_locations_of_one_inject_are_those_it_mentions_as_the_reader_may_see_them()
    {
        var state = Running();
        var scenario = state.Index.Scenario;
        var features = IncidentMap.Of(scenario);
        var red = ExerciseSight.Of(Viewer.Player("ex-1", "red"), state);

        var ofInject = IncidentMap.OfInject(red, scenario.Injects.Single(i => i.Id == "to-red"), features);

        Assert.Equal(["shared", "red-only"], ofInject.Select(f => f.Id));
        Assert.Equal(["to-red"], ofInject[0].Injects);
    }

    [Fact]
    public void The_review_keeps_for_an_observer_only_the_locations_of_injects_it_may_see()
    {
        var harness = Played();
        var review = ReviewBuilder.Build(harness.Index, "ex-1", "Map", harness.Log);

        var control = ReviewRedaction.For(ExerciseSight.Of(Viewer.Control, harness.State), review)!;
        var observer = ReviewRedaction.For(ExerciseSight.Of(Viewer.Observer("ex-1"), harness.State), review)!;

        Assert.Equal(6, control.Locations.Count);
        Assert.Equal(["shared", "red-only", "blue-only"], observer.Locations.Select(l => l.Id));
    }

    private static IEnumerable<string> Seen(Viewer viewer, ExerciseState state) =>
        IncidentMap.Seen(ExerciseSight.Of(viewer, state), IncidentMap.Of(state.Index.Scenario)).Select(f => f.Id);

    private static ExerciseState Running() => Played().State;

    /// <summary>Started and paused at 10 minutes: the first three injects released, 'later' still to come.</summary>
    private static EngineHarness Played()
    {
        var harness = new EngineHarness(Scenario);
        harness.Control(new StartExercise(CommandIssuer.Control));
        harness.At(EngineHarness.Min(10), new PauseExercise(CommandIssuer.Control));
        return harness;
    }
}
