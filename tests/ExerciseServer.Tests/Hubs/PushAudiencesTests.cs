using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Visibility;
using ExerciseServer.Hubs;

namespace ExerciseServer.Tests.Hubs;

/// <summary>A stored batch splits into distinct audiences: groups seeing the same events share one send; groups seeing none get none.</summary>
public sealed class PushAudiencesTests
{
    private const string Exercise = "ex-push";
    private static readonly DateTimeOffset Wall = new(2027, 1, 18, 4, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<(string Group, Viewer Viewer)> Groups = [.. ExerciseGroups.All(Exercise, ["fi-ncsc", "ee-ria", "lv-cert"])];

    [Fact]
    public void An_event_for_everyone_is_one_audience_of_every_group()
    {
        var toAll = Message(1, EventAudience.Everyone);

        var audiences = PushAudiences.Of(Groups, [toAll]);

        var only = Assert.Single(audiences);
        Assert.Equal(Groups.Select(g => g.Group), only.Groups);
        Assert.Same(toAll, Assert.Single(only.Events));
    }

    [Fact]
    public void A_team_acknowledgement_wakes_control_evaluators_observers_and_that_team_only()
    {
        var ack = new InjectAcknowledged(2, TimeSpan.FromMinutes(5), Wall, EventAudience.ForTeams(["ee-ria"]), "q01", "ee-ria");

        var audiences = PushAudiences.Of(Groups, [ack]);

        var woken = audiences.SelectMany(a => a.Groups).ToList();
        Assert.Equal(
            [ExerciseGroups.Control(Exercise), ExerciseGroups.Evaluators(Exercise), ExerciseGroups.Observers(Exercise), ExerciseGroups.Team(Exercise, "ee-ria")],
            woken);
        Assert.Single(audiences);
    }

    [Fact]
    public void A_mixed_batch_sends_each_distinct_sight_once_and_every_group_exactly_what_the_policy_allows()
    {
        IReadOnlyList<ExerciseEvent> batch =
        [
            Message(1, EventAudience.Everyone),
            Message(2, EventAudience.ControlOnly),
            Message(3, EventAudience.ForTeams(["fi-ncsc"])),
            Message(4, EventAudience.ForTeams(["fi-ncsc", "lv-cert"], observers: false)),
            Message(5, EventAudience.ControlAndObservers),
        ];

        var audiences = PushAudiences.Of(Groups, batch);

        foreach (var (group, viewer) in Groups)
        {
            var sent = audiences.Where(a => a.Groups.Contains(group)).ToList();
            var allowed = batch.Where(e => VisibilityPolicy.MaySee(viewer, e)).ToList();
            Assert.True(allowed.Count == 0 ? sent.Count == 0 : sent.Count == 1, $"{group} is in {sent.Count} audiences");
            Assert.Equal(allowed, sent.SelectMany(a => a.Events));
        }

        Assert.Equal(audiences.Count, audiences.Select(a => string.Join(',', a.Events.Select(e => e.Seq))).Distinct().Count());
    }

    private static MessageSent Message(long seq, EventAudience audience) => new(seq, TimeSpan.FromMinutes(seq), Wall, audience, "control", "all", $"message {seq}");
}
