using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Engine;

/// <summary>
/// Whether a team may cast this vote now: the decision is joint and put to the team (not-a-party otherwise), it
/// has been presented, it is not resolved (decision-resolved), the team has not voted (already-voted), the option
/// exists, and the lead team does not refuse — under the lead rule its vote is the decision.
/// </summary>
internal static class JointVoteChecks
{
    public static Rejection? Check(ExerciseState state, CastJointVote vote, string team, bool playing)
    {
        if (!playing)
        {
            return Rejection.Conflict("the exercise is not running");
        }

        if (!state.Decisions.TryGetValue(vote.DecisionId, out var decision) || decision.Definition.Joint is not { } joint)
        {
            return Rejection.NotFound($"there is no joint decision '{vote.DecisionId}'");
        }

        if (!decision.Definition.Parties.Contains(team, StringComparer.Ordinal))
        {
            return new Rejection(RejectionCode.NotAParty, $"decision '{vote.DecisionId}' is put to {string.Join(" and ", decision.Definition.Parties)}, not to team '{team}'");
        }

        if (decision.PresentedAt is null)
        {
            return Rejection.Conflict($"decision '{vote.DecisionId}' has not been put to the teams yet");
        }

        if (decision.IsResolved)
        {
            return new Rejection(RejectionCode.DecisionResolved, $"decision '{vote.DecisionId}' was already resolved ({decision.Chosen}); no more votes are taken");
        }

        if (decision.Votes.FirstOrDefault(v => v.Team == team) is { } cast)
        {
            return new Rejection(RejectionCode.AlreadyVoted, $"team '{team}' has already voted in decision '{vote.DecisionId}' ({cast.OptionId ?? "refused"}); a vote is not changed");
        }

        if (vote.OptionId is null)
        {
            return joint.Rule == JointRule.Lead && joint.Lead?.Id == team
                ? Rejection.Invalid($"team '{team}' leads decision '{vote.DecisionId}': choose an option; only advising teams may refuse")
                : null;
        }

        return decision.Definition.Options.Any(o => o.Id == vote.OptionId) ? null
            : Rejection.NotFound($"decision '{vote.DecisionId}' has no option '{vote.OptionId}'");
    }
}
