using ExerciseServer.Core.Visibility;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Exercises;
using Microsoft.Extensions.Logging;

namespace ExerciseServer.Grains.Teams;

/// <summary>
/// A team's grain: its members and its inbox. What a member may read is the exercise's <see cref="VisibilityPolicy"/>
/// decision for that member (team, role and language); this grain only makes sure the member is one of its team's
/// players. A team's commands do not pass through here: the hub sends them
/// straight to the exercise grain, whose log alone judges order and idempotency (a hop through this grain
/// doubled the calls when a whole room acknowledges at once and decided nothing).
/// </summary>
[GrainType("team")]
public sealed class TeamGrain(
    [PersistentState("team", GrainStorage.Name)] IPersistentState<TeamGrainState> state,
    ILogger<TeamGrain> logger) : Grain, ITeamGrain
{
    private string ExerciseId => this.GetPrimaryKeyString().Split('/')[0];

    private string Team => this.GetPrimaryKeyString().Split('/')[1];

    public async Task<TeamMembership> Join(string memberName)
    {
        if (!Core.Text.DisplayName.TryClean(memberName, out var name, out var problem))
        {
            throw new ArgumentException(problem, nameof(memberName));
        }

        if (!state.State.Members.Contains(name, StringComparer.Ordinal))
        {
            state.State.Members.Add(name);
            await state.WriteStateAsync();
            logger.LogInformation("A member joined team {TeamId} of exercise {ExerciseId}", Team, ExerciseId);
        }

        return new TeamMembership(ExerciseId, Team, [.. state.State.Members]);
    }

    public static string KeyOf(string exerciseId, string team) => $"{exerciseId}/{team}";

    public async Task<IReadOnlyList<InjectDetail>> GetInbox(Viewer member)
    {
        if (member is not { Role: ViewerRole.Player } || member.ExerciseId != ExerciseId || member.Team != Team)
        {
            return [];
        }

        return await GrainFactory.GetGrain<IExerciseGrain>(ExerciseId).GetInjectDetails(member);
    }
}
