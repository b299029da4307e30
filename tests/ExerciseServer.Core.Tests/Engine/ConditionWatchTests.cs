using System.Text.Json;
using ExerciseServer.Core.DryRun;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Tests.Support;
using ExerciseServer.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;

namespace ExerciseServer.Core.Tests.Engine;

/// <summary>
/// The engine checks <c>when</c> conditions and evidence through a <see cref="ConditionWatch"/> that skips conditions
/// whose inputs have not changed. It must decide exactly as the plain scan of every pending condition at every pass:
/// the same events, in the same order, at the same game times, for any sequence of commands and in whole dry runs.
/// </summary>
public sealed class ConditionWatchTests
{
    /// <summary>
    /// Every kind of condition the watch treats differently: time compared every way (==, &gt;, &lt;=, with the literal
    /// on either side), inoperability on either side of its number and inside an or, sector states, resources,
    /// decisions, met and missed actions, acknowledgements with and without a team, evidence that needs time, a shock
    /// released in the same pass as a condition that reads it, and a when inject control can hold.
    /// </summary>
    public const string Conditions = """
        schema: 1
        id: watch
        title: Condition watch
        clock:
          start: 2026-03-02T08:00:00Z
          speed: 1
          duration: 3h
        sectors:
          - { id: energy, name: Energy, recovery: 1h, thresholds: { degraded: 0.05, disrupted: 0.2, failed: 0.5 } }
          - id: digital
            name: Digital
            recovery: 2h
            depends_on: [{ sector: energy, weight: 0.4, type: physical }]
        teams:
          - { id: red, name: Red, sees: [energy, digital], resources: { crews: 2 } }
          - { id: blue, name: Blue, sees: [energy] }
        injects:
          - id: a
            at: 5m
            to: red
            title: A
            expected_actions:
              - { id: a-act, action: Act, within: 20m, evidence: "acknowledged(a, red) and time >= 15m" }
          - id: b
            at: 10m
            to: [red, blue]
            title: B
            effects: [{ sector: energy, perturbation: 0.3, for: 40m, shock: 0.15 }]
            expected_actions:
              - { id: b-blue, team: blue, action: Check, within: 30m }
          - { id: c, when: time == 20m, to: blue, title: C }
          - { id: d, when: "time > 25m and not responded(a, red)", to: red, title: D }
          - { id: e, when: "inoperability(energy) >= 0.2 and released(b)", to: all, title: E }
          - { id: f, when: "0.1 > inoperability(digital) and time >= 1h and released(b)", to: blue, title: F }
          - { id: g, when: "state(energy) == disrupted or state(energy) == failed", to: red, title: G }
          - { id: h, when: "resource(red, crews) < 2", to: red, title: H }
          - { id: i, at: 30m, to: red, title: I, decision: pick }
          - { id: j, when: "chosen(pick, act) or missed(b-blue)", to: blue, title: J }
          - { id: k, when: "decided(pick) and time <= 50m", to: red, title: K }
          - { id: l, when: "met(a-act) and acknowledged(b)", to: blue, title: L }
          - id: m
            on_demand: true
            to: red
            title: M
            effects: [{ sector: energy, shock: 0.3 }]
          - { id: n, when: "inoperability(energy) > 0.25 or (time >= 2h and not acknowledged(m))", to: red, title: "N" }
          - { id: o, when: "(released(m) or released(c)) and inoperability(digital) <= 0.05", to: blue, title: O }
          - { id: p, contingency_for: b-blue, to: blue, title: P }
          - id: q
            after: { inject: e, delay: 5m }
            to: red
            title: Q
            effects: [{ sector: digital, shock: 0.2 }]
          - { id: r, when: "2h30m <= time and state(digital) == normal", to: all, title: R }
        decisions:
          - id: pick
            title: Pick
            by: red
            within: 15m
            default: wait
            options:
              - { id: act, title: Act, resources: { crews: -1 }, effects: [{ sector: energy, perturbation: -0.1 }] }
              - { id: wait, title: Wait }
        end:
          when: time >= 2h50m and released(r)

        """;

    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(200).WithEndSize(80);

    public static TheoryData<string> Scenarios => ["watch", "engine", "quickstart", "gnss-interference-aviation", "baltic-critical-infrastructure"];

    [Fact]
    public void The_condition_scenario_loads_clean() =>
        Assert.Empty(ScenarioLoader.Load("watch.yaml", Conditions).Diagnostics);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Random_command_sequences_give_the_same_events_as_the_full_scan(string scenario)
    {
        var text = Text(scenario);
        var template = new EngineHarness(text);
        var step = Gen.Choose(0, 900).Zip(Gen.Choose(0, 19), (seconds, kind) => (seconds, kind))
            .Zip(Gen.Choose(0, 1000).Zip(Gen.Choose(0, 1000)), (x, ab) => new Step(x.seconds, x.kind, ab.Item1, ab.Item2));
        var arbitrary = step.ListOf().Select(s => s.ToArray()).ToArbitrary();

        Prop.ForAll(arbitrary, steps =>
        {
            var watched = new EngineHarness(text);
            var scanned = new EngineHarness(text, scanEveryCondition: true);
            foreach (var s in steps)
            {
                foreach (var harness in (EngineHarness[])[watched, scanned])
                {
                    harness.Wall += TimeSpan.FromSeconds(s.Seconds * (s.Kind == 19 ? 60 : 1));
                    harness.Run(Command(template, harness, s));
                }
            }

            Assert.Equal(Lines(scanned.Log), Lines(watched.Log));
            return true;
        }).Check(Config);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Dry_runs_give_the_same_events_as_the_full_scan(string scenario)
    {
        var index = new ScenarioIndex(ScenarioLoader.Load($"{scenario}.yaml", Text(scenario)).Scenario!);
        foreach (var policy in Policies())
        {
            var scanned = DryRunner.Run(index, policy(), scanEveryCondition: true);
            var watched = DryRunner.Run(index, policy(), scanEveryCondition: false);
            Assert.Equal(Lines(scanned.Log), Lines(watched.Log));
            Assert.Equal(JsonSerializer.Serialize(scanned.Report), JsonSerializer.Serialize(watched.Report));
        }
    }

    [Fact]
    public void A_generated_scenario_of_a_thousand_injects_runs_the_same_as_the_full_scan()
    {
        var index = new ScenarioIndex(ScenarioLoader.Load("generated.yaml", LargeScenarioGenerator.Generate(1_000)).Scenario!);
        foreach (var policy in Policies())
        {
            Assert.Equal(Lines(DryRunner.Run(index, policy(), scanEveryCondition: true).Log), Lines(DryRunner.Run(index, policy(), scanEveryCondition: false).Log));
        }
    }

    [Fact]
    public void An_engine_over_a_replayed_state_checks_what_the_log_left_pending()
    {
        // The watch starts from whatever state it is given: replay half a run, continue it both ways.
        var full = new EngineHarness(Conditions);
        full.Run(new StartExercise(CommandIssuer.Control));
        full.Tick(TimeSpan.FromMinutes(12));
        full.Run(new AcknowledgeInject(CommandIssuer.OfTeam("red"), "a"));
        var watched = new ExerciseEngine(ExerciseState.Replay(full.Index, full.Log));
        var scanned = new ExerciseEngine(ExerciseState.Replay(full.Index, full.Log)) { ScanEveryCondition = true };
        var now = EngineHarness.T0;
        for (var minute = 13; minute <= 180; minute += 7)
        {
            now = EngineHarness.T0 + TimeSpan.FromMinutes(minute);
            ExerciseCommand command = minute == 34 ? new TakeDecision(CommandIssuer.OfTeam("red"), "pick", "act") : new AdvanceClock(CommandIssuer.Control);
            Assert.Equal(Lines(scanned.Execute(command, now).Events), Lines(watched.Execute(command, now).Events));
        }
    }

    private static IEnumerable<Func<ResponsePolicy>> Policies() =>
    [
        () => new FirstOptionPolicy(),
        () => new NeverRespondPolicy(),
        .. Enumerable.Range(1, 4).Select(seed => (Func<ResponsePolicy>)(() => new RandomPolicy(seed))),
    ];

    private static string Text(string scenario) => scenario switch
    {
        "watch" => Conditions,
        "engine" => EngineScenarios.Basic,
        _ => File.ReadAllText(RepositoryPaths.Scenario($"{scenario}.yaml")),
    };

    private static List<string> Lines(IEnumerable<ExerciseEvent> events) => [.. events.Select(e => JsonSerializer.Serialize(e))];

    private static ExerciseCommand Command(EngineHarness template, EngineHarness harness, Step s)
    {
        var scenario = template.Index.Scenario;
        var injects = harness.State.InjectsInOrder;
        var inject = injects[s.A % injects.Count].Id;
        var teams = scenario.Teams;
        var team = CommandIssuer.OfTeam(teams[s.B % teams.Count].Id);
        var control = CommandIssuer.Control;
        ExerciseCommand command = s.Kind switch
        {
            0 or 1 or 2 or 19 => new AdvanceClock(control),
            3 => new StartExercise(control),
            4 => new PauseExercise(control),
            5 => new ResumeExercise(control),
            6 => new SetSpeed(control, 0.5 + (s.A % 240)),
            7 => new JumpToNextInject(control),
            8 => new JumpToTime(control, TimeSpan.FromMinutes(s.A % 300)),
            9 => new ReleaseInject(control, inject),
            10 => new HoldInject(control, inject),
            11 => s.B % 2 == 0 ? new SkipInject(control, inject) : new CancelInject(control, inject),
            12 => new AcknowledgeInject(team, inject),
            13 or 14 => new RespondToInject(team, inject, $"answer {s.A}"),
            15 when scenario.Decisions.Count > 0 => Decide(scenario, s),
            16 => new CreateAdHocInject(control, [s.A % 2 == 0 ? "all" : teams[s.A % teams.Count].Id], "news", $"Ad hoc {s.A}", "Body"),
            17 => s.A % 10 == 0 ? new ResetExercise(control) : new EndExercise(control),
            _ => new AdvanceClock(control),
        };
        return command;
    }

    private static TakeDecision Decide(Core.Scenarios.Model.Scenario scenario, Step s)
    {
        var decision = scenario.Decisions[s.A % scenario.Decisions.Count];
        return new TakeDecision(CommandIssuer.OfTeam(decision.By.Id), decision.Id, decision.Options[s.B % decision.Options.Count].Id);
    }

    private sealed record Step(int Seconds, int Kind, int A, int B);
}
