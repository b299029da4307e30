using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;

namespace ExerciseServer.Core.Visibility;

/// <summary>
/// <see cref="VisibilityPolicy"/> applied once to one exercise state for one viewer, so redacting a long list asks
/// by id. It holds nothing the policy does not decide.
/// </summary>
public sealed class ExerciseSight
{
    private readonly Dictionary<string, Sight> _injects;
    private readonly HashSet<string> _actions;
    private readonly HashSet<string> _decisions;
    private readonly ScenarioIndex _index;

    private ExerciseSight(Viewer viewer, ExerciseState state)
    {
        Viewer = viewer;
        Phase = state.Lifecycle;
        _index = state.Index;
        _injects = state.InjectsInOrder.ToDictionary(i => i.Id, i => VisibilityPolicy.Inject(viewer, Phase, i), StringComparer.Ordinal);
        _actions = [.. state.Actions.Values.Where(a => VisibilityPolicy.ExpectedAction(viewer, Phase, state.Injects[a.Inject.Id], a.Team)).Select(a => a.Definition.Id)];
        _decisions = [.. state.Decisions.Values.Where(d => VisibilityPolicy.Decision(viewer, Phase, d)).Select(d => d.Definition.Id)];
    }

    public Viewer Viewer { get; }

    public ExerciseLifecycle Phase { get; }

    public bool IsControl => Viewer.Role == ViewerRole.Control;

    public static ExerciseSight Of(Viewer viewer, ExerciseState state) => new(viewer, state);

    public Sight Inject(string injectId) => _injects.GetValueOrDefault(injectId, Sight.None);

    public bool SeesInject(string injectId) => Inject(injectId) != Sight.None;

    public bool ExpectedAction(string actionId) => _actions.Contains(actionId);

    public bool Decision(string decisionId) => _decisions.Contains(decisionId);

    public bool Sector(string sector) => VisibilityPolicy.Sector(Viewer, _index, sector);

    public bool TeamActivity(string team) => VisibilityPolicy.TeamActivity(Viewer, team);

    public bool MaySee(ExerciseEvent e) => VisibilityPolicy.MaySee(Viewer, e);
}
