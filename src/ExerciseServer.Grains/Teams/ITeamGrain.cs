using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Teams;

/// <summary>
/// One team of one exercise (key "exercise-id/team-id"): its members and its inbox. Its players' commands go from
/// the hub straight to the exercise grain.
/// </summary>
[Alias("ExerciseServer.Grains.Teams.ITeamGrain")]
public interface ITeamGrain : IGrainWithStringKey
{
    [Alias("Join")]
    Task<TeamMembership> Join(string memberName);

    /// <summary>The injects released to this team, with what the team has done with each.</summary>
    [Alias("GetInbox")]
    Task<IReadOnlyList<InjectView>> GetInbox();
}
