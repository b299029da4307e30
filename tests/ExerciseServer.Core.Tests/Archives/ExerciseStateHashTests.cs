using ExerciseServer.Core.Archives;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Tests.Support;
using static ExerciseServer.Core.Tests.Support.EngineHarness;

namespace ExerciseServer.Core.Tests.Archives;

/// <summary>
/// An archive carries the hash of the state its log replays to, and the importing server must reach the same hash:
/// the hash's JSON form may not change between versions, also not when a status field changes type.
/// </summary>
public sealed class ExerciseStateHashTests
{
    /// <summary>The hash this state had when the snapshot's statuses were strings (before they became enums).</summary>
    private const string HashWhenStatusesWereStrings = "718c2babe3358601e5c0fc53056420ba50362b3b4048cdd79f94591a420c29bd";

    [Fact]
    public void The_state_hash_of_a_played_exercise_is_the_one_earlier_versions_wrote()
    {
        var harness = new EngineHarness(EngineScenarios.Basic);
        harness.At(TimeSpan.Zero, new StartExercise(CommandIssuer.Control));
        harness.Tick(Min(12));

        // Statuses other than the first of each enum, so a word written as a number or a name would show.
        Assert.Contains(harness.State.Conditions, c => c != SectorCondition.Normal);
        Assert.Contains(harness.State.Actions.Values, a => a.Status == ActionStatus.Missed);

        Assert.Equal(HashWhenStatusesWereStrings, ExerciseStateHash.Of(harness.State));
    }
}
