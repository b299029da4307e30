using System.Globalization;
using System.Security.Claims;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Visibility;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Diagnostics;
using ExerciseServer.Grains.Exercises;
using ExerciseServer.Grains.Presence;
using ExerciseServer.Grains.Teams;
using ExerciseServer.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ExerciseServer.Hubs;

/// <summary>
/// Real-time play at <c>/hubs/exercise</c>. Every method checks, on every call, that the caller is signed in, has
/// the role the method needs and belongs to the exercise it names; a team is always the caller's own team from its
/// sign-in, never one the client names. The hub's own refusals are <see cref="HubRefusal"/>s that start with the
/// rejection code and say why; commands the exercise refuses come back as outcomes with the code.
/// </summary>
[Authorize]
public sealed class ExerciseHub(IGrainFactory grains, ExerciseBridge bridge, NodePresence presence, TimeProvider time) : Hub
{
    public const string Path = "/hubs/exercise";
    public const int CatchUpPage = 500;
    private const string PresenceKey = "presence-exercise";

    public async Task<HubSnapshot> Join(string exerciseId)
    {
        var caller = Authorize(exerciseId, ExerciseClaims.Control, ExerciseClaims.Player, ExerciseClaims.Observer, ExerciseClaims.Evaluator);
        var view = await grains.GetGrain<IExerciseGrain>(exerciseId).GetViewFor(caller.Viewer) ?? throw NoSuchExercise(exerciseId);
        await bridge.WatchAsync(exerciseId);
        await Groups.AddToGroupAsync(Context.ConnectionId, ExerciseGroups.Of(exerciseId, caller.Viewer));

        Context.Items[PresenceKey] = exerciseId;
        await presence.ConnectedAsync(exerciseId, new PresenceEntry(Context.ConnectionId, caller.Name, caller.Role, caller.Team, time.GetUtcNow(), Context.User?.FindFirstValue(ExerciseClaims.Session)));
        return new HubSnapshot(exerciseId, caller.Name, caller.Role, caller.Team, view.Lifecycle, view.Clock, view.LastSeq, view.Sectors, view.Injects);
    }

    /// <summary>
    /// Who is connected to the exercise now, on every node, then who dropped when their node died (control only);
    /// control also receives "presence" after changes (<see cref="PresencePush"/>).
    /// </summary>
    public async Task<IReadOnlyList<PresenceEntry>> GetPresence(string exerciseId)
    {
        Authorize(exerciseId, ExerciseClaims.Control);
        return await grains.GetGrain<IExercisePresenceGrain>(exerciseId).List();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items[PresenceKey] is string exerciseId)
        {
            await presence.DisconnectedAsync(exerciseId, Context.ConnectionId);
        }

        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>The exercise's teams, sectors, phases, objectives and expected actions, as far as the caller may see them.</summary>
    public async Task<ExerciseOutline> GetOutline(string exerciseId)
    {
        var caller = Authorize(exerciseId, ExerciseClaims.Control, ExerciseClaims.Player, ExerciseClaims.Observer, ExerciseClaims.Evaluator);
        return await grains.GetGrain<IExerciseGrain>(exerciseId).GetOutline(caller.Viewer) ?? throw NoSuchExercise(exerciseId);
    }

    /// <summary>
    /// The contents of the injects the caller may read (control also gets triggers and controller notes). A player
    /// reads the inbox of its team's grain.
    /// </summary>
    public async Task<IReadOnlyList<InjectDetail>> GetInjects(string exerciseId)
    {
        var caller = Authorize(exerciseId, ExerciseClaims.Control, ExerciseClaims.Player, ExerciseClaims.Observer, ExerciseClaims.Evaluator);
        return caller.Viewer is { Role: ViewerRole.Player, Team: { } team }
            ? await grains.GetGrain<ITeamGrain>(TeamGrain.KeyOf(exerciseId, team)).GetInbox(caller.Viewer)
            : await grains.GetGrain<IExerciseGrain>(exerciseId).GetInjectDetails(caller.Viewer);
    }

    /// <summary>
    /// The curve of each sector the caller may see, in the current run, as the sector grains keep it: the live charts
    /// start from it after a (re)connect and add the pushed points after its <see cref="SectorHistory.UpToSeq"/>.
    /// </summary>
    public async Task<IReadOnlyList<SectorHistory>> GetSectorHistories(string exerciseId)
    {
        var caller = Authorize(exerciseId, ExerciseClaims.Control, ExerciseClaims.Player, ExerciseClaims.Observer, ExerciseClaims.Evaluator);
        return await grains.GetGrain<IExerciseGrain>(exerciseId).GetSectorHistories(caller.Viewer);
    }

    /// <summary>
    /// The events after sequence number <paramref name="after"/> that the caller may see, in order, at most
    /// <see cref="CatchUpPage"/>: a full page means there may be more, so ask again after its last event.
    /// </summary>
    public async Task<IReadOnlyList<ExerciseEvent>> CatchUp(string exerciseId, long after)
    {
        var caller = Authorize(exerciseId, ExerciseClaims.Control, ExerciseClaims.Player, ExerciseClaims.Observer, ExerciseClaims.Evaluator);
        var page = await grains.GetGrain<IExerciseGrain>(exerciseId).GetVisibleEvents(caller.Viewer, Math.Max(0, after), CatchUpPage);
        ExerciseTelemetry.CatchUpEvents.Record(page.Count);
        return page;
    }

    public Task<CommandOutcome> Acknowledge(string exerciseId, string injectId, string idempotencyKey) =>
        TeamCommand(exerciseId, team => new AcknowledgeInject(team, injectId ?? ""), idempotencyKey);

    public Task<CommandOutcome> Respond(string exerciseId, string injectId, string text, string idempotencyKey) =>
        TeamCommand(exerciseId, team => new RespondToInject(team, injectId ?? "", text ?? ""), idempotencyKey);

    public Task<CommandOutcome> Decide(string exerciseId, string decisionId, string optionId, string idempotencyKey) =>
        TeamCommand(exerciseId, team => new TakeDecision(team, decisionId ?? "", optionId ?? ""), idempotencyKey);

    /// <summary>
    /// The caller's team votes in a joint decision: an option, or null to refuse. The vote records who cast it (the
    /// participant's name, and role in the team if any), so the other teams and the review see it.
    /// </summary>
    public Task<CommandOutcome> CastJointVote(string exerciseId, string decisionId, string? optionId, string idempotencyKey) =>
        TeamCommand(exerciseId, team => new CastJointVote(team, decisionId ?? "", optionId), idempotencyKey);

    /// <summary>A message to a team (<c>to</c> = its id, the caller's own included), a role of a team (<c>team/role</c>) or to <c>control</c>.</summary>
    public Task<CommandOutcome> SendMessage(string exerciseId, string to, string text, string idempotencyKey)
    {
        var caller = Authorize(exerciseId, ExerciseClaims.Control, ExerciseClaims.Player);
        return Execute(exerciseId, new SendMessage(caller.Issuer, to, text), idempotencyKey, caller);
    }

    /// <summary>Control or an evaluator notes an observation, optionally about an inject, a team and an objective.</summary>
    public Task<CommandOutcome> RecordObservation(string exerciseId, string text, string? injectId, string? team, string? objectiveId, string idempotencyKey)
    {
        var caller = Authorize(exerciseId, ExerciseClaims.Control, ExerciseClaims.Evaluator);
        return Execute(exerciseId, new RecordObservation(caller.Issuer, text ?? "", Blank(injectId), Blank(team), Blank(objectiveId)), idempotencyKey, caller);
    }

    /// <summary>Control or an evaluator rates an objective, task or expected action ("objective", "task", "expected-action").</summary>
    public Task<CommandOutcome> Rate(string exerciseId, string targetKind, string targetId, string rating, string? note, string idempotencyKey)
    {
        var caller = Authorize(exerciseId, ExerciseClaims.Control, ExerciseClaims.Evaluator);
        return Execute(exerciseId, new RecordRating(caller.Issuer, targetKind ?? "", targetId ?? "", rating ?? "", Blank(note)), idempotencyKey, caller);
    }

    /// <summary>Control or an evaluator writes a strength or an area for improvement ("strength", "area-for-improvement"); with an id it rewrites that finding.</summary>
    public Task<CommandOutcome> RecordFinding(string exerciseId, string? findingId, string kind, string? objectiveId, string text, string idempotencyKey)
    {
        var caller = Authorize(exerciseId, ExerciseClaims.Control, ExerciseClaims.Evaluator);
        return Execute(exerciseId, new RecordFinding(caller.Issuer, Blank(findingId), kind ?? "", Blank(objectiveId), text ?? ""), idempotencyKey, caller);
    }

    /// <summary>Control or an evaluator adds (or, with an id, rewrites) an improvement-plan item; <paramref name="due"/> is yyyy-MM-dd.</summary>
    public Task<CommandOutcome> PlanImprovement(string exerciseId, string? itemId, string? findingId, string action, string owner, string due, string idempotencyKey)
    {
        var caller = Authorize(exerciseId, ExerciseClaims.Control, ExerciseClaims.Evaluator);
        if (!DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dueDate))
        {
            throw HubRefusal.Of(RejectionCode.Invalid, $"the due date '{due}' is not a date written as yyyy-MM-dd");
        }

        return Execute(exerciseId, new PlanImprovement(caller.Issuer, Blank(itemId), Blank(findingId), action ?? "", owner ?? "", dueDate), idempotencyKey, caller);
    }

    /// <summary>Control or an evaluator takes back a finding or an improvement-plan item.</summary>
    public Task<CommandOutcome> WithdrawReviewItem(string exerciseId, string itemId, string idempotencyKey)
    {
        var caller = Authorize(exerciseId, ExerciseClaims.Control, ExerciseClaims.Evaluator);
        return Execute(exerciseId, new WithdrawReviewItem(caller.Issuer, itemId ?? ""), idempotencyKey, caller);
    }

    /// <summary>The hot-wash questions put to the caller's team, with its latest answers.</summary>
    public async Task<IReadOnlyList<HotWashQuestionView>> GetHotWash(string exerciseId)
    {
        var caller = Authorize(exerciseId, ExerciseClaims.Player);
        return await grains.GetGrain<IExerciseGrain>(exerciseId).GetHotWash(caller.Viewer);
    }

    /// <summary>After the end, the caller's team answers a hot-wash question; answering again replaces the answer.</summary>
    public Task<CommandOutcome> AnswerHotWash(string exerciseId, string questionId, string text, string idempotencyKey)
    {
        var caller = Authorize(exerciseId, ExerciseClaims.Player);
        return Execute(exerciseId, new AnswerHotWash(caller.Issuer, questionId ?? "", text ?? ""), idempotencyKey, caller);
    }

    public Task<CommandOutcome> Start(string exerciseId, string idempotencyKey) => Control(exerciseId, new StartExercise(CommandIssuer.Control), idempotencyKey);

    public Task<CommandOutcome> Pause(string exerciseId, string idempotencyKey) => Control(exerciseId, new PauseExercise(CommandIssuer.Control), idempotencyKey);

    public Task<CommandOutcome> Resume(string exerciseId, string idempotencyKey) => Control(exerciseId, new ResumeExercise(CommandIssuer.Control), idempotencyKey);

    public Task<CommandOutcome> End(string exerciseId, string idempotencyKey) => Control(exerciseId, new EndExercise(CommandIssuer.Control), idempotencyKey);

    public Task<CommandOutcome> SetSpeed(string exerciseId, double gameMinutesPerMinute, string idempotencyKey) =>
        Control(exerciseId, new SetSpeed(CommandIssuer.Control, gameMinutesPerMinute), idempotencyKey);

    /// <summary>Jump to "next" or to a game time such as "PT2H" or "2h30m".</summary>
    public Task<CommandOutcome> Jump(string exerciseId, string to, string idempotencyKey)
    {
        var caller = Authorize(exerciseId, ExerciseClaims.Control);
        if (to == "next")
        {
            return Execute(exerciseId, new JumpToNextInject(CommandIssuer.Control), idempotencyKey, caller);
        }

        return DurationFormat.TryParse(to ?? "", out var gameTime) == DurationParseResult.Ok
            ? Execute(exerciseId, new JumpToTime(CommandIssuer.Control, gameTime), idempotencyKey, caller)
            : throw HubRefusal.Of(RejectionCode.Invalid, "jump to 'next' or to a game time such as PT2H or 2h30m");
    }

    public Task<CommandOutcome> ReleaseInject(string exerciseId, string injectId, string idempotencyKey) =>
        Control(exerciseId, new ReleaseInject(CommandIssuer.Control, injectId), idempotencyKey);

    public Task<CommandOutcome> HoldInject(string exerciseId, string injectId, string idempotencyKey) =>
        Control(exerciseId, new HoldInject(CommandIssuer.Control, injectId), idempotencyKey);

    public Task<CommandOutcome> SkipInject(string exerciseId, string injectId, string idempotencyKey) =>
        Control(exerciseId, new SkipInject(CommandIssuer.Control, injectId), idempotencyKey);

    public Task<CommandOutcome> CancelInject(string exerciseId, string injectId, string idempotencyKey) =>
        Control(exerciseId, new CancelInject(CommandIssuer.Control, injectId), idempotencyKey);

    public Task<CommandOutcome> CreateInject(string exerciseId, string[] to, string channel, string title, string body, string idempotencyKey) =>
        Control(exerciseId, new CreateAdHocInject(CommandIssuer.Control, to ?? [], channel ?? CreateAdHocInject.DefaultChannel, title ?? "", body ?? ""), idempotencyKey);

    /// <summary>
    /// A player's answer to an inject or decision goes straight to the exercise grain, the one judge of order and
    /// idempotency: a hop through the team grain doubled the calls on the hottest path (a room acknowledging at once)
    /// and decided nothing. The key keeps its team scope, <c>team:{team}:{key}</c>, so keys stored before stay valid.
    /// </summary>
    private Task<CommandOutcome> TeamCommand(string exerciseId, Func<CommandIssuer, ExerciseCommand> command, string idempotencyKey)
    {
        var caller = Authorize(exerciseId, ExerciseClaims.Player);
        CheckKey(idempotencyKey);
        return grains.GetGrain<IExerciseGrain>(exerciseId).Execute(command(caller.Issuer) with { IdempotencyKey = $"team:{caller.Team}:{idempotencyKey}" });
    }

    private Task<CommandOutcome> Control(string exerciseId, ExerciseCommand command, string idempotencyKey) =>
        Execute(exerciseId, command, idempotencyKey, Authorize(exerciseId, ExerciseClaims.Control));

    private async Task<CommandOutcome> Execute(string exerciseId, ExerciseCommand command, string idempotencyKey, Caller caller)
    {
        CheckKey(idempotencyKey);

        var owner = caller.Role switch
        {
            ExerciseClaims.Control => "control",
            ExerciseClaims.Evaluator => $"evaluator:{caller.Name}",
            _ => $"team:{caller.Team}",
        };
        return await grains.GetGrain<IExerciseGrain>(exerciseId).Execute(command with { IdempotencyKey = $"hub:{owner}:{idempotencyKey}" });
    }

    private static void CheckKey(string idempotencyKey)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 200)
        {
            throw HubRefusal.Of(RejectionCode.Invalid, "every command needs an idempotency key of 1 to 200 characters");
        }
    }

    private Caller Authorize(string exerciseId, params string[] roles)
    {
        var user = Context.User;
        var role = user?.FindFirstValue(ExerciseClaims.Role) ?? throw HubRefusal.Of(RejectionCode.Forbidden, "sign in first");
        if (string.IsNullOrEmpty(exerciseId) || (role != ExerciseClaims.Control && user.FindFirstValue(ExerciseClaims.Exercise) != exerciseId))
        {
            throw HubRefusal.Of(RejectionCode.Forbidden, "you are not signed in to this exercise");
        }

        if (!roles.Contains(role))
        {
            throw HubRefusal.Of(RejectionCode.Forbidden, $"the {role} role may not do this; it needs {string.Join(" or ", roles)}");
        }

        // Call budgets are per sign-in, across connections: SessionBudgetFilter.
        return new Caller(role, user.FindFirstValue(ExerciseClaims.Team), user.FindFirstValue(ExerciseClaims.Name) ?? role)
        {
            Viewer = ViewerClaims.ViewerOf(user) ?? throw HubRefusal.Of(RejectionCode.Forbidden, "your sign-in does not say who you are; sign in again"),
        };
    }

    private static HubException NoSuchExercise(string exerciseId) => HubRefusal.Of(RejectionCode.NotFound, $"there is no exercise '{exerciseId}'");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private sealed record Caller(string Role, string? Team, string Name)
    {
        public CommandIssuer Issuer => Role switch
        {
            ExerciseClaims.Evaluator => CommandIssuer.Evaluator(Name),
            ExerciseClaims.Player => CommandIssuer.OfTeam(Team!) with { Name = Name, TeamRole = Viewer.TeamRole },
            _ => CommandIssuer.Control with { Name = Name },
        };

        public required Viewer Viewer { get; init; }
    }
}
