using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Visibility;

namespace ExerciseServer.Hubs;

/// <summary>
/// One stored batch as the bridge pushes it: each group gets what the <see cref="VisibilityPolicy"/> lets its viewer
/// see, and groups that may see exactly the same events are one audience, sent once. SignalR serialises a message
/// once per send however many groups and connections it reaches, so an inject to every team is serialised once,
/// not once per team; a group that may see none of the batch (another team's acknowledgement) is not woken.
/// </summary>
public static class PushAudiences
{
    /// <summary>The distinct audiences of a batch, in the order of their first group; groups seeing nothing are left out.</summary>
    public static IReadOnlyList<PushAudience> Of(IReadOnlyList<(string Group, Viewer Viewer)> groups, IReadOnlyList<ExerciseEvent> events)
    {
        var audiences = new List<PushAudience>();
        foreach (var (group, viewer) in groups)
        {
            var visible = events.Where(e => VisibilityPolicy.MaySee(viewer, e)).ToList();
            if (visible.Count == 0)
            {
                continue;
            }

            // The same event objects in the same order: a reference comparison, no serialising to compare.
            var same = audiences.Find(a => a.Events.Count == visible.Count && a.Events.SequenceEqual(visible, ReferenceEqualityComparer.Instance));
            if (same is null)
            {
                audiences.Add(new PushAudience([group], visible));
            }
            else
            {
                same.Groups.Add(group);
            }
        }

        return audiences;
    }
}
