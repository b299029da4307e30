using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.DryRun;

/// <summary>
/// The commands a simulated team or teams send to take a decision: one <see cref="TakeDecision"/> for a decision of
/// one team; for a joint decision one vote per team, the advising teams before the lead, as in play.
/// </summary>
public static class DecisionCommands
{
    public static IEnumerable<ExerciseCommand> Choose(Decision decision, Func<string, string> optionFor)
    {
        if (decision.Joint is not { } joint)
        {
            yield return new TakeDecision(CommandIssuer.OfTeam(decision.By.Id), decision.Id, optionFor(decision.By.Id));
            yield break;
        }

        foreach (var team in decision.Parties.OrderBy(t => t == joint.Lead?.Id))
        {
            yield return new CastJointVote(CommandIssuer.OfTeam(team), decision.Id, optionFor(team));
        }
    }
}
