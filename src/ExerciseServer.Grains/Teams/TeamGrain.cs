using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Visibility;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Exercises;
using Microsoft.Extensions.Logging;

namespace ExerciseServer.Grains.Teams;

/// <summary>
/// A team's grain. Commands go team → exercise only (never back), so there is no call cycle. A retry with the
/// same key within this activation is answered from memory; across activations the exercise's own durable
/// idempotency keys make it a duplicate with no second effect.
/// </summary>
[GrainType("team")]
public sealed class TeamGrain(
    [PersistentState("team", GrainStorage.Name)] IPersistentState<TeamGrainState> state,
    ILogger<TeamGrain> logger) : Grain, ITeamGrain
{
    private const int RememberedKeys = 1_000;
    private const int MaxKeyLength = 200;
    private readonly Dictionary<string, CommandOutcome> _recent = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

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
            return new CommandOutcome(false, false, $"every team command needs an idempotency key of 1 to {MaxKeyLength} characters", []);
        }

        // Keys are per team, so one team's key can never collide with another's in the exercise log.
        var key = $"team:{Team}:{idempotencyKey}";
        if (_recent.TryGetValue(key, out var known))
        {
            return known with { Duplicate = true, Events = [] };
        }

        var outcome = await GrainFactory.GetGrain<IExerciseGrain>(ExerciseId).Execute(command with { IdempotencyKey = key });
        if (outcome.Accepted)
        {
            Remember(key, outcome);
        }

        logger.LogDebug("Team {TeamId} of exercise {ExerciseId}: {Command} {Outcome}", Team, ExerciseId, command.GetType().Name, outcome.Accepted ? "accepted" : outcome.Rejection);
        return outcome;
    }

    private void Remember(string key, CommandOutcome outcome)
    {
        _recent[key] = outcome;
        _order.Enqueue(key);
        while (_order.Count > RememberedKeys)
        {
            _recent.Remove(_order.Dequeue());
        }
    }
}
