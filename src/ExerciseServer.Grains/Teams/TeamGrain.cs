using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Visibility;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Exercises;
using Microsoft.Extensions.Logging;

namespace ExerciseServer.Grains.Teams;

/// <summary>
/// A team's grain. Commands go team → exercise only (never back), so there is no call cycle. Idempotency is the
/// exercise's alone: its log binds each key to the command first sent with it, durably and across activations, so
/// a retry is a duplicate and another command under the same key is refused. (A cache here answered any command
/// under a known key as a duplicate, which is how a reused key passed for success.)
/// </summary>
[GrainType("team")]
public sealed class TeamGrain(
    [PersistentState("team", GrainStorage.Name)] IPersistentState<TeamGrainState> state,
    ILogger<TeamGrain> logger) : Grain, ITeamGrain
{
    private const int MaxKeyLength = 200;

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

    public async Task Leave(string memberName)
    {
        if (state.State.Members.Remove(memberName.Trim()))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<CommandOutcome> Acknowledge(string injectId, string idempotencyKey) =>
        Send(new AcknowledgeInject(Issuer, injectId), idempotencyKey);

    public Task<CommandOutcome> Respond(string injectId, string text, string idempotencyKey) =>
        Send(new RespondToInject(Issuer, injectId, text), idempotencyKey);

    public Task<CommandOutcome> Decide(string decisionId, string optionId, string idempotencyKey) =>
        Send(new TakeDecision(Issuer, decisionId, optionId), idempotencyKey);

    public async Task<IReadOnlyList<InjectView>> GetInbox()
    {
        var view = await GrainFactory.GetGrain<IExerciseGrain>(ExerciseId).GetViewFor(Viewer.Player(ExerciseId, Team));
        return view?.Injects ?? [];
    }

    private CommandIssuer Issuer => CommandIssuer.OfTeam(Team);

    private async Task<CommandOutcome> Send(ExerciseCommand command, string idempotencyKey)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > MaxKeyLength)
        {
            return CommandOutcome.Refused(Rejection.Invalid($"every team command needs an idempotency key of 1 to {MaxKeyLength} characters"));
        }

        // Keys are per team, so one team's key can never collide with another's in the exercise log.
        var key = $"team:{Team}:{idempotencyKey}";
        var outcome = await GrainFactory.GetGrain<IExerciseGrain>(ExerciseId).Execute(command with { IdempotencyKey = key });
        logger.LogDebug("Team {TeamId} of exercise {ExerciseId}: {Command} {Outcome}", Team, ExerciseId, command.GetType().Name, outcome.Accepted ? "accepted" : outcome.Rejection);
        return outcome;
    }
}
