using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Core.DryRun;

/// <summary>
/// A policy file's script: which injects teams answer and after how long, the option chosen per decision,
/// and on-demand injects control releases at given game times.
/// </summary>
public sealed class ScriptedPolicy(string name, PolicyScript script) : ResponsePolicy
{
    public override string Name => name;

    public override IEnumerable<PolicyAction> Plan(ExerciseState state) =>
        script.Releases.Select(r => new PolicyAction(r.At, new ReleaseInject(CommandIssuer.Control, r.Inject)));

    public override IEnumerable<PolicyAction> React(ExerciseEvent e, ExerciseState state)
    {
        if (e is not InjectReleased released)
        {
            yield break;
        }

        var inject = state.Injects[released.InjectId];
        if (script.RespondToAll ? !script.Ignore.Contains(inject.Id) : script.RespondTo.Contains(inject.Id))
        {
            foreach (var team in inject.Recipients)
            {
                yield return new PolicyAction(e.GameTime + script.RespondAfter, new RespondToInject(CommandIssuer.OfTeam(team), inject.Id, "Scripted answer."));
            }
        }

        if (inject.Definition?.Decision is { } decisionRef && script.Choices.TryGetValue(decisionRef.Id, out var option) && state.Decisions.TryGetValue(decisionRef.Id, out var decision))
        {
            foreach (var command in DecisionCommands.Choose(decision.Definition, _ => option))
            {
                yield return new PolicyAction(e.GameTime + script.RespondAfter, command);
            }
        }
    }
}
