using ExerciseServer.Core.Visibility;
using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Teams;

/// <summary>
/// One team of one exercise (key "exercise-id/team-id"): its members and its inbox, which the hub reads for the team's
/// players. Its players' commands go from the hub straight to the exercise grain.
/// </summary>
[Alias("ExerciseServer.Grains.Teams.ITeamGrain")]
public interface ITeamGrain : IGrainWithStringKey
{
    [Alias("Join")]
    Task<TeamMembership> Join(string memberName);

    /// <summary>
    /// The contents of the injects released to this team that <paramref name="member"/> may read, in the member's
    /// language; empty for anyone who is not a player of this team.
    /// </summary>
    [Alias("GetInbox")]
    Task<IReadOnlyList<InjectDetail>> GetInbox(Viewer member);
}
