using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Tests.Support;
using ExerciseServer.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;

namespace ExerciseServer.Core.Tests.Engine;

/// <summary>
/// Properties over random command sequences (any command, any issuer, any order, wall clock jumping ahead):
/// replaying the events rebuilds the same state, no inject is released twice in one play, sequence numbers
/// have no gaps, and game time never goes backwards within one play.
/// </summary>
public sealed class ReplayPropertyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300).WithEndSize(80);

    public static TheoryData<string> Scenarios => ["engine", "joint", "quickstart", "gnss-interference-aviation", "baltic-critical-infrastructure"];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Random_command_sequences_keep_the_engine_invariants(string scenario)
    {
        var text = scenario switch
        {
            "engine" => EngineScenarios.Basic,
            "joint" => EngineScenarios.Joint,
            _ => File.ReadAllText(RepositoryPaths.Scenario($"{scenario}.yaml")),
        };
        var template = new EngineHarness(text);
        var step = Gen.Choose(0, 900).Zip(Gen.Choose(0, 19), (seconds, kind) => (seconds, kind))
            .Zip(Gen.Choose(0, 1000).Zip(Gen.Choose(0, 1000)), (x, ab) => new Step(x.seconds, x.kind, ab.Item1, ab.Item2));
        var arbitrary = step.ListOf().Select(s => s.ToArray()).ToArbitrary();

        Prop.ForAll(arbitrary, steps =>
        {
            var harness = new EngineHarness(text);
            foreach (var s in steps)
            {
                harness.Wall += TimeSpan.FromSeconds(s.Seconds * (s.Kind == 19 ? 60 : 1));
                harness.Run(Command(template, harness, s));
            }

            CheckInvariants(harness);
            return true;
        }).Check(Config);
    }

    private static void CheckInvariants(EngineHarness harness)
    {
        var log = harness.Log;
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Seq));

        var replayed = ExerciseState.Replay(harness.Index, log);
        Assert.Equal(EngineHarness.Fingerprint(harness.State), EngineHarness.Fingerprint(replayed));

        foreach (var play in Plays(log))
        {
            var released = play.OfType<InjectReleased>().GroupBy(e => e.InjectId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(released.Count == 0, $"released twice: {string.Join(", ", released)}");
            Assert.All(play.Zip(play.Skip(1)), pair => Assert.True(pair.First.GameTime <= pair.Second.GameTime, $"{pair.First} then {pair.Second}"));
        }
    }

    /// <summary>The log split at each reset: every play starts from game time zero.</summary>
    private static IEnumerable<List<ExerciseEvent>> Plays(IReadOnlyList<ExerciseEvent> log)
    {
        var current = new List<ExerciseEvent>();
        foreach (var e in log)
        {
            if (e is ExerciseReset)
            {
                yield return current;
                current = [];
                continue;
            }

            current.Add(e);
        }

        yield return current;
    }

    private static ExerciseCommand Command(EngineHarness template, EngineHarness harness, Step s)
    {
        var scenario = template.Index.Scenario;
        var injects = harness.State.InjectsInOrder;
        var inject = injects[s.A % injects.Count].Id;
        var teams = scenario.Teams;
        var team = CommandIssuer.OfTeam(teams[s.B % teams.Count].Id);
        var control = CommandIssuer.Control;
        var key = s.B % 5 == 0 ? $"key-{s.A % 7}" : null;
        ExerciseCommand command = s.Kind switch
        {
            0 or 1 or 2 or 19 => new AdvanceClock(control),
            3 => new StartExercise(control),
            4 => new PauseExercise(control),
            5 => new ResumeExercise(control),
            6 => new SetSpeed(control, 0.5 + (s.A % 240)),
            7 => new JumpToNextInject(control),
            8 => new JumpToTime(control, TimeSpan.FromMinutes(s.A % 5000)),
            9 => new ReleaseInject(control, inject),
            10 => new HoldInject(control, inject),
            11 => s.B % 2 == 0 ? new SkipInject(control, inject) : new CancelInject(control, inject),
            12 => new AcknowledgeInject(team, inject),
            13 or 14 => new RespondToInject(team, inject, $"answer {s.A}"),
            15 when scenario.Decisions.Count > 0 => Decide(scenario, team, s),
            16 => new CreateAdHocInject(control, [s.A % 2 == 0 ? "all" : teams[s.A % teams.Count].Id], "news", $"Ad hoc {s.A}", "Body"),
            17 => s.A % 10 == 0 ? new ResetExercise(control) : new EndExercise(control),
            _ => new PauseExercise(team),
        };
        return command with { IdempotencyKey = key };
    }

    /// <summary>A decision, or for a joint decision a vote (sometimes a refusal, sometimes from a team not party to it).</summary>
    private static ExerciseCommand Decide(Core.Scenarios.Model.Scenario scenario, CommandIssuer team, Step s)
    {
        var decision = scenario.Decisions[s.A % scenario.Decisions.Count];
        var option = decision.Options[s.B % decision.Options.Count];
        if (decision.Joint is not null)
        {
            var voter = s.A % 3 == 0 ? team : CommandIssuer.OfTeam(decision.Parties[s.B % decision.Parties.Count]);
            return new CastJointVote(voter, decision.Id, s.A % 4 == 1 ? null : option.Id);
        }

        return new TakeDecision(s.A % 3 == 0 ? team : CommandIssuer.OfTeam(decision.By.Id), decision.Id, option.Id);
    }

    private sealed record Step(int Seconds, int Kind, int A, int B);
}
