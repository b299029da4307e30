using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Tests.Support;
using static ExerciseServer.Core.Tests.Support.EngineHarness;

namespace ExerciseServer.Core.Tests.Engine;

/// <summary>Messages between teams and control: only sender, recipient, control and observers may see them.</summary>
public sealed class MessageTests
{
    private static EngineHarness Started()
    {
        var harness = new EngineHarness(EngineScenarios.Basic);
        harness.At(TimeSpan.Zero, new StartExercise(CommandIssuer.Control));
        return harness;
    }

    [Fact]
    public void A_message_between_two_teams_is_seen_by_those_two_only()
    {
        var harness = Started();

        harness.At(Min(1), new SendMessage(CommandIssuer.OfTeam("red"), "blue", "Do you see it too?"));

        var sent = harness.Single<MessageSent>(_ => true);
        Assert.Equal(("red", "blue"), (sent.From, sent.To));
        Assert.Equal(["blue", "red"], sent.Audience.Teams);
        Assert.False(sent.Audience.AllPlayers);
        Assert.True(sent.Audience.Observers);
    }

    [Fact]
    public void A_message_to_control_is_seen_by_the_sender_and_control()
    {
        var harness = Started();

        harness.At(Min(1), new SendMessage(CommandIssuer.OfTeam("red"), "control", "Need guidance."));
        harness.At(Min(2), new SendMessage(CommandIssuer.Control, "red", "Guidance follows."));

        Assert.All(harness.Events<MessageSent>(), m => Assert.Equal(["red"], m.Audience.Teams));
    }

    [Theory]
    [InlineData("green", "there is no team 'green'")]
    [InlineData("blue", "the message is empty")]
    public void Bad_messages_are_rejected(string to, string reason)
    {
        var harness = Started();

        var result = harness.At(Min(1), new SendMessage(CommandIssuer.OfTeam("red"), to, to == "blue" ? " " : "hi"));

        Assert.Contains(reason, result.Rejection, StringComparison.Ordinal);
        Assert.Empty(harness.Events<MessageSent>());
    }
}
