using ExerciseServer.Core.Review;

namespace ExerciseServer.Core.Visibility;

/// <summary>
/// The after-action review, snapshots and replays as one viewer may read them, by <see cref="VisibilityPolicy"/>:
/// null for a viewer who may not read reviews at all; otherwise without the injects, expected actions, decisions,
/// sectors and team activity the viewer may not see (a control-only inject, or what is still to come for an
/// observer during play).
/// </summary>
public static class ReviewRedaction
{
    public static ExerciseReview? For(ExerciseSight sight, ExerciseReview review)
    {
        if (!VisibilityPolicy.Review(sight.Viewer))
        {
            return null;
        }

        if (sight.IsControl)
        {
            return review;
        }

        var actions = review.ExpectedActions.Where(a => sight.ExpectedAction(a.Id)).ToList();
        var actionIds = actions.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return review with
        {
            Teams = [.. review.Teams.Select(t => t with { Timeline = [.. t.Timeline.Where(e => e.InjectId is null || sight.SeesInject(e.InjectId))] })],
            Injects = [.. review.Injects.Where(i => sight.SeesInject(i.Id))],
            ExpectedActions = actions,
            Decisions = [.. review.Decisions.Where(d => sight.Decision(d.Id))],
            Sectors = [.. review.Sectors.Where(s => sight.Sector(s.Id)).Select(s => s with { Markers = [.. s.Markers.Where(m => Sees(sight, m))] })],
            Objectives = [.. review.Objectives.Select(o => o with { ExpectedActions = [.. o.ExpectedActions.Where(actionIds.Contains)] })],
            Ratings = [.. review.Ratings.Where(r => r.TargetKind != "expected-action" || actionIds.Contains(r.TargetId))],
            Locations = Maps.IncidentMap.Seen(sight, review.Locations),
        };
    }

    public static ExerciseSnapshot? For(ExerciseSight sight, ExerciseSnapshot snapshot)
    {
        if (!VisibilityPolicy.Review(sight.Viewer))
        {
            return null;
        }

        if (sight.IsControl)
        {
            return snapshot;
        }

        return snapshot with
        {
            Sectors = [.. snapshot.Sectors.Where(s => sight.Sector(s.Id))],
            Injects = [.. snapshot.Injects.Where(i => sight.SeesInject(i.Id)).Select(i => i with
            {
                AcknowledgedBy = [.. i.AcknowledgedBy.Where(sight.TeamActivity)],
                RespondedBy = [.. i.RespondedBy.Where(sight.TeamActivity)],
            })],
            ExpectedActions = [.. snapshot.ExpectedActions.Where(a => sight.ExpectedAction(a.Id))],
            Decisions = [.. snapshot.Decisions.Where(d => sight.Decision(d.Id))],
            Resources = [.. snapshot.Resources.Where(r => sight.TeamActivity(r.Team))],
        };
    }

    private static bool Sees(ExerciseSight sight, SectorMarker marker) =>
        marker.Kind == "inject" ? sight.SeesInject(marker.Id) : sight.Decision(marker.Id);
}
