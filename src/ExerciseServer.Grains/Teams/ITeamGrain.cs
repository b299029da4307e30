using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Teams;

/// <summary>
/// One team of one exercise (key "exercise-id/team-id"): its members, its inbox, and the door its players' commands
/// come through, each with an idempotency key scoped to the team (the exercise de-duplicates by it).
/// </summary>
[Alias("ExerciseServer.Grains.Teams.ITeamGrain")]
public interface ITeamGrain : IGrainWithStringKey
{
    [Alias("Join")]
    Task<TeamMembership> Join(string memberName);

    [Alias("Leave")]
    Task Leave(string memberName);

    [Alias("Acknowledge")]
    Task<CommandOutcome> Acknowledge(string injectId, string idempotencyKey);

    [Alias("Respond")]
    Task<CommandOutcome> Respond(string injectId, string text, string idempotencyKey);

    [Alias("Decide")]
    Task<CommandOutcome> Decide(string decisionId, string optionId, string idempotencyKey);

    /// <summary>The injects released to this team, with what the team has done with each.</summary>
    [Alias("GetInbox")]
    Task<IReadOnlyList<InjectView>> GetInbox();
}
