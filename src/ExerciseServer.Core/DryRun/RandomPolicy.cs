using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;

namespace ExerciseServer.Core.DryRun;

/// <summary>
/// Teams answer about half the injects they get and only acknowledge another fifth, after 5 minutes to 3 hours,
/// and take three decisions in four with an option picked at random; the same seed gives the same run.
/// </summary>
public sealed class RandomPolicy(int seed) : ResponsePolicy
{
    private readonly Random _random = new(seed);

    public int Seed { get; } = seed;

    public override string Name => "random";

    public override IEnumerable<PolicyAction> React(ExerciseEvent e, ExerciseState state)
    {
        if (e is not InjectReleased released)
        {
            yield break;
        }

        var inject = state.Injects[released.InjectId];
        foreach (var team in inject.Recipients)
        {
            var roll = _random.Next(20);
            if (roll < 11)
            {
                yield return new PolicyAction(e.GameTime + RandomDelay(), new RespondToInject(CommandIssuer.OfTeam(team), inject.Id, "Answer from the random policy."));
            }
            else if (roll < 15)
            {
                yield return new PolicyAction(e.GameTime + RandomDelay(), new AcknowledgeInject(CommandIssuer.OfTeam(team), inject.Id));
            }
        }

        if (inject.Definition?.Decision is { } decisionRef && state.Decisions.TryGetValue(decisionRef.Id, out var decision) && _random.Next(4) < 3)
        {
            var options = decision.Definition.Options;
            foreach (var command in DecisionCommands.Choose(decision.Definition, _ => options[_random.Next(options.Count)].Id))
            {
                yield return new PolicyAction(e.GameTime + RandomDelay(), command);
            }
        }
    }

    private TimeSpan RandomDelay() => TimeSpan.FromMinutes(5 + _random.Next(176));
}
