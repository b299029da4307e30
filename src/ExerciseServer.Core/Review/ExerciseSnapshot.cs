using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Words;
using ExerciseServer.Core.Engine.Machines;

namespace ExerciseServer.Core.Review;

/// <summary>
/// The exercise as it stood just after event <see cref="Seq"/>: what replay shows for a chosen moment, and what
/// the live exercise reports for the same moment. It is a function of the state alone, so a state rebuilt from the
/// log gives the same snapshot as the live one.
/// </summary>
public sealed record ExerciseSnapshot(
    long Seq,
    TimeSpan GameTime,
    DateTimeOffset? WallTime,
    ExerciseLifecycle Lifecycle,
    string? EndReason,
    IReadOnlyList<SnapshotSector> Sectors,
    IReadOnlyList<SnapshotInject> Injects,
    IReadOnlyList<SnapshotAction> ExpectedActions,
    IReadOnlyList<SnapshotDecision> Decisions,
    IReadOnlyList<SnapshotResource> Resources,
    int Findings,
    int ImprovementItems,
    int HotWashAnswers)
{
    public static ExerciseSnapshot Of(ExerciseState state)
    {
        var scenario = state.Index.Scenario;
        return new ExerciseSnapshot(
            state.LastSeq,
            state.LastEventGameTime,
            state.LastEventWallTime,
            state.Lifecycle,
            state.EndReason,
            [.. scenario.Sectors.Select((s, i) => new SnapshotSector(s.Id, s.Name, Math.Round(state.Model.Inoperability[i], 6), Math.Round(state.Model.Perturbation[i], 6), state.Conditions[i]))],
            [.. state.InjectsInOrder.Select(i => new SnapshotInject(i.Id, i.Number, i.Title, i.Status, i.ReleasedAt, i.Recipients, [.. i.AcknowledgedBy], [.. i.Responses.Keys]))],
            [.. state.Actions.Values.OrderBy(a => a.Inject.Number).ThenBy(a => a.Definition.Location.Line)
                .Select(a => new SnapshotAction(a.Definition.Id, a.Team, a.Status, a.Deadline, a.JudgedAt))],
            [.. state.Decisions.Values.OrderBy(d => d.Definition.Location.Line)
                .Select(d => new SnapshotDecision(d.Definition.Id, d.Definition.By.Id, d.PresentedAt, d.Chosen, d.DecidedAt, d.ByDefault) { Votes = ReviewBuilder.Votes(d) })],
            [.. state.Resources.SelectMany(team => team.Value.Select(r => new SnapshotResource(team.Key, r.Key, r.Value)))],
            state.Findings.Count,
            state.Improvements.Count,
            state.HotWashAnswers.Count);
    }
}
