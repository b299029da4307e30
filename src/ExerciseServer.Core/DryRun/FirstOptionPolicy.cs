using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Core.DryRun;

/// <summary>
/// The model team: answers every inject it receives and takes the first option of every decision, within ten
/// game minutes and always inside half of the tightest deadline the inject sets.
/// </summary>
public sealed class FirstOptionPolicy : ResponsePolicy
{
    public static readonly TimeSpan Delay = TimeSpan.FromMinutes(10);

    public override string Name => "first-option";

    public override IEnumerable<PolicyAction> React(ExerciseEvent e, ExerciseState state)
    {
        if (e is not InjectReleased released)
        {
            yield break;
        }

        var inject = state.Injects[released.InjectId];
        var delay = Prompt(inject, state);
        foreach (var team in inject.Recipients)
        {
            yield return new PolicyAction(e.GameTime + delay, new RespondToInject(CommandIssuer.OfTeam(team), inject.Id, "Acknowledged; acting on it."));
        }

        if (inject.Definition?.Decision is { } decisionRef && state.Decisions.TryGetValue(decisionRef.Id, out var decision))
        {
            foreach (var command in DecisionCommands.Choose(decision.Definition, _ => decision.Definition.Options[0].Id))
            {
                yield return new PolicyAction(e.GameTime + delay, command);
            }
        }
    }

    private static TimeSpan Prompt(InjectRuntime inject, ExerciseState state)
    {
        var delay = Delay;
        foreach (var action in inject.Definition?.ExpectedActions ?? [])
        {
            delay = Min(delay, action.Within.Value / 2);
        }

        if (inject.Definition?.Decision is { } decision && state.Decisions.TryGetValue(decision.Id, out var runtime) && runtime.Definition.Within is { } within)
        {
            delay = Min(delay, within.Value / 2);
        }

        return delay;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
