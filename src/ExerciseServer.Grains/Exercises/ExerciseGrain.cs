using System.Diagnostics;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Visibility;
using ExerciseServer.Core.Words;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Diagnostics;
using ExerciseServer.Grains.Sectors;
using ExerciseServer.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;

namespace ExerciseServer.Grains.Exercises;

/// <summary>
/// The Orleans shell around one exercise's engine: loads the log and replays it on activation, stores a
/// command's events in the append-only log before it answers (persist before publish; commands arriving while
/// an append is in flight are stored together in the next one, see <see cref="ExerciseAppendQueue"/>), and wakes
/// the running clock exactly when its next item is due (<see cref="ExerciseClockAlarm"/>, on an injectable
/// <see cref="TimeProvider"/>).
/// </summary>
[GrainType("exercise")]
public sealed partial class ExerciseGrain : Grain, IExerciseGrain
{
    private readonly IPersistentState<ExerciseGrainState> _state;
    private readonly IEventSegmentStore _segments;
    private readonly IEventLog _log;
    private readonly TimeProvider _time;
    private readonly ILogger<ExerciseGrain> _logger;
    private readonly TeamByteBudget _budget;
    private readonly ExerciseAppendQueue _appends;
    private readonly ExerciseClockAlarm _alarm;
    private ExerciseEngine? _engine;
    private ExerciseLifecycle _recordedLifecycle;
    private readonly ExerciseGrainMetrics _metrics = new();
    private readonly ObserverManager<IExerciseObserver> _observers;

    public ExerciseGrain(
        [PersistentState("exercise", GrainStorage.Name)] IPersistentState<ExerciseGrainState> state,
        IEventSegmentStore segments,
        IEventLog log,
        IServiceProvider services,
        ILogger<ExerciseGrain> logger)
    {
        _state = state;
        _segments = segments;
        _log = log;
        _time = services.GetKeyedService<TimeProvider>(TimeProviderNames.Grains) ?? TimeProvider.System;
        _budget = new TeamByteBudget((services.GetService<IOptions<TeamByteBudgetOptions>>()?.Value ?? new()).TeamBytesPerMinute);
        _logger = logger;
        _observers = new ObserverManager<IExerciseObserver>(ObserverExpiry, logger);
        _appends = new ExerciseAppendQueue(AppendAsync, PublishAsync, OnAppendFailed);
        _alarm = new ExerciseClockAlarm(_time, RingFromTimer);
    }

    /// <summary>Bridges renew every 30 seconds; one that stops renewing is dropped after this.</summary>
    public static readonly TimeSpan ObserverExpiry = TimeSpan.FromMinutes(2);

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (_state.RecordExists)
        {
            if (_state.State.HasLegacyLog)
            {
                await LegacyLogMigration.MigrateAsync(Id, _state, _segments, _log, _logger, cancellationToken);
            }

            await LoadAsync(cancellationToken);
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _alarm.Dispose();
        _metrics.CountLifecycle(null);
        return Task.CompletedTask;
    }

    public async Task<CreateExerciseResult> Create(CreateExerciseRequest request)
    {
        if (_state.RecordExists)
        {
            return _state.State.ScenarioId == request.ScenarioId && _state.State.Name == request.Name
                ? new CreateExerciseResult(true, null, [])
                : new CreateExerciseResult(false, $"exercise '{Id}' already exists", []);
        }

        var loaded = ScenarioLoader.Load(request.ScenarioFile, request.ScenarioText);
        if (loaded.HasErrors)
        {
            return new CreateExerciseResult(false, $"scenario '{request.ScenarioId}' has {loaded.ErrorCount} error(s)", loaded.Diagnostics);
        }

        await BecomeAsync(request.Name, request.ScenarioId, request.ScenarioFile, request.ScenarioText, new ExerciseState(new ScenarioIndex(loaded.Scenario!)));
        _logger.LogInformation("Created exercise {ExerciseId} from scenario {ScenarioId}", Id, request.ScenarioId);
        return new CreateExerciseResult(true, null, []);
    }

    /// <summary>
    /// Writes the exercise record (what makes the exercise exist), starts the engine on <paramref name="state"/> and
    /// lists the exercise in the directory: the last step of creating an exercise, new or imported.
    /// </summary>
    private async Task BecomeAsync(string name, string scenarioId, string scenarioFile, string scenarioText, ExerciseState state)
    {
        _state.State = new ExerciseGrainState
        {
            Name = name,
            ScenarioId = scenarioId,
            ScenarioFile = scenarioFile,
            ScenarioText = scenarioText,
            CreatedAt = _time.GetUtcNow(),
        };
        await _state.WriteStateAsync();
        _engine = new ExerciseEngine(state);
        _recordedLifecycle = _engine.State.Lifecycle;
        _metrics.CountLifecycle(_recordedLifecycle);
        await RecordInDirectoryAsync();
    }

    public async Task<CommandOutcome> Execute(ExerciseCommand command)
    {
        var type = command.GetType().Name;
        using var activity = ExerciseTelemetry.Source.StartActivity($"exercise execute {type}");
        activity?.SetTag("exerciseserver.exercise_id", Id);
        if (_engine is null)
        {
            return ExerciseGrainMetrics.Counted(type, CommandOutcome.Refused(Rejection.NotFound($"there is no exercise '{Id}'")), activity);
        }

        var now = _time.GetUtcNow();
        var charge = TeamByteBudget.ChargeOf(command);
        var retry = command.IdempotencyKey is { } key && _engine.State.CommandKeys.ContainsKey(key);
        if (charge is { } text && !retry && _budget.Check(text.Team, text.Bytes, now) is { } spent)
        {
            return ExerciseGrainMetrics.Counted(type, CommandOutcome.Refused(spent), activity);
        }

        var clock = _engine.State.Clock;
        var result = _engine.Execute(command, now);
        if (charge is { } written && result.Accepted && !result.Duplicate)
        {
            _budget.Record(written.Team, written.Bytes, now);
        }

        ArmAlarm();
        _metrics.CountLifecycle(_engine.State.Lifecycle);
        if (command is AdvanceClock)
        {
            ExerciseGrainMetrics.RecordLateness(result.Events, clock);
        }

        try
        {
            // Answered only when these events, and every event before them, are durable (and published).
            await _appends.Enqueue(result.Events);
        }
        catch (Exception ex)
        {
            ExerciseTelemetry.Commands.Add(1, new("type", type), new("outcome", "failed"));
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }

        return ExerciseGrainMetrics.Counted(type, CommandOutcome.Of(result), activity);
    }

    /// <summary>One append of this grain's batch to the event log, timed and traced.</summary>
    private async Task AppendAsync(IReadOnlyList<ExerciseEvent> events)
    {
        using var activity = ExerciseTelemetry.Source.StartActivity("eventlog append");
        activity?.SetTag("exerciseserver.exercise_id", Id);
        activity?.SetTag("exerciseserver.events", events.Count);
        var started = Stopwatch.GetTimestamp();
        await _log.AppendAsync(Id, events);
        ExerciseTelemetry.AppendDuration.Record(ExerciseTelemetry.SecondsSince(started));
        ExerciseTelemetry.AppendEvents.Record(events.Count);
    }

    public Task<ExerciseView?> GetView()
    {
        if (_engine is null)
        {
            return Task.FromResult<ExerciseView?>(null);
        }

        var state = _engine.State;
        var scenario = state.Index.Scenario;
        var gameTime = state.Lifecycle == ExerciseLifecycle.Running ? Min(state.Clock.At(_time.GetUtcNow()), scenario.Clock.Duration) : _engine.CurrentGameTime;
        var view = new ExerciseView(
            Id,
            _state.State.Name,
            _state.State.ScenarioId,
            state.Lifecycle,
            state.EndReason,
            new ClockView(gameTime, StoryClock.At(scenario.Clock, gameTime), state.Clock.Speed, state.Lifecycle == ExerciseLifecycle.Running, scenario.Clock.Duration, StoryClock.ZoneLabel(scenario.Clock, gameTime), scenario.Clock.TimeZoneId),
            state.LastSeq,
            [.. scenario.Sectors.Select((s, i) => new SectorView(s.Id, s.Name, Math.Round(state.Model.Inoperability[i], 6), Math.Round(state.Model.Perturbation[i], 6), state.Conditions[i]))],
            [.. state.InjectsInOrder.Select(i => new InjectView(i.Id, i.Number, i.Title, i.Status, i.ReleasedAt, i.Recipients, [.. i.AcknowledgedBy], [.. i.Responses.Keys]))],
            RuntimeIdentity);
        return Task.FromResult<ExerciseView?>(view);
    }

    public async Task<IReadOnlyList<ExerciseEvent>> GetEvents(long after, int max)
    {
        if (_engine is null || max <= 0)
        {
            return [];
        }

        // Past the end answers empty without a read; the log holds only durable events.
        var first = Math.Max(0, after);
        if (first >= _engine.State.LastSeq)
        {
            return [];
        }

        return await _log.ReadAsync(Id, first, max);
    }

    public Task Subscribe(IExerciseObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IExerciseObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task<ExerciseOutline?> GetOutline(Viewer viewer) =>
        Task.FromResult(Sight(viewer) is { } sight ? ExerciseReads.Outline(sight, _engine!.State) : null);

    public Task<IReadOnlyList<InjectDetail>> GetInjectDetails(Viewer viewer) =>
        Task.FromResult(Sight(viewer) is { } sight ? ExerciseReads.InjectDetails(sight, _engine!.State) : []);

    public Task<string?> FindMedia(Viewer viewer, string name) =>
        Task.FromResult(_engine is not null && VisibilityPolicy.MayEnter(viewer, Id)
            && VisibilityPolicy.Media(viewer, _engine.State.Lifecycle, ExerciseReads.MediaCarriers(_engine.State, name))
            ? _state.State.ScenarioId : null);

    public async Task<ExerciseView?> GetViewFor(Viewer viewer) =>
        Sight(viewer) is { } sight && await GetView() is { } whole ? ExerciseReads.View(sight, _engine!.State, whole) : null;

    public async Task<IReadOnlyList<ExerciseEvent>> GetVisibleEvents(Viewer viewer, long after, int max)
    {
        var visible = new List<ExerciseEvent>();
        if (Sight(viewer) is not { } sight)
        {
            return visible;
        }

        const int scanPage = 1_000;
        var cursor = after;
        while (visible.Count < max)
        {
            var page = await GetEvents(cursor, scanPage);
            visible.AddRange(page.Where(sight.MaySee).Take(max - visible.Count));
            if (page.Count < scanPage)
            {
                break;
            }

            cursor = page[^1].Seq;
        }

        return visible;
    }

    public async Task<IReadOnlyList<SectorHistory>> GetSectorHistories(Viewer viewer)
    {
        if (Sight(viewer) is not { } sight)
        {
            return [];
        }

        var upTo = _engine!.State.LastSeq;
        var seen = _engine.State.Index.Scenario.Sectors.Where(s => sight.Sector(s.Id));
        return await Task.WhenAll(seen.Select(s => GrainFactory.GetGrain<ISectorGrain>(SectorGrain.KeyOf(Id, s.Id)).GetHistory(upTo)));
    }

    public Task<IReadOnlyList<string>> GetSectorsSeenBy(string team) =>
        Task.FromResult<IReadOnlyList<string>>(_engine?.State.Index.Scenario.Teams.FirstOrDefault(t => t.Id == team)?.Sees.Select(s => s.Id).ToList() ?? []);

    public Task<IReadOnlyList<string>> GetTeams() =>
        Task.FromResult<IReadOnlyList<string>>(_engine is null ? [] : _engine.State.Index.Teams);

    public Task<IReadOnlyList<string>> GetRoleSeats() =>
        Task.FromResult<IReadOnlyList<string>>(_engine?.State.Index.Scenario.Teams.SelectMany(t => t.Roles.Select(r => RoleAddress.Of(t.Id, r.Id))).ToList() ?? []);

    public Task<IReadOnlyList<string>> GetTeamRoles(string team) =>
        Task.FromResult<IReadOnlyList<string>>(_engine?.State.Index.Scenario.Teams.FirstOrDefault(t => t.Id == team)?.Roles.Select(r => r.Id).ToList() ?? []);

    public async Task<ExerciseReview?> GetReview(Viewer viewer)
    {
        if (Sight(viewer) is not { } sight)
        {
            return null;
        }

        var index = _engine!.State.Index;
        var events = await GetEvents(0, int.MaxValue);
        var curves = await SectorCurves.ReadAsync(GrainFactory, Id, index.Scenario.Sectors, events);
        return ReviewRedaction.For(sight, ReviewBuilder.Build(index, Id, _state.State.Name, events, curves));
    }

    public Task<ExerciseSnapshot?> GetSnapshot(Viewer viewer) =>
        Task.FromResult(Sight(viewer) is { } sight ? ReviewRedaction.For(sight, ExerciseSnapshot.Of(_engine!.State)) : null);

    /// <summary>A past moment, redacted by what the viewer may see now (so an observer sees the MSEL after the end).</summary>
    public async Task<ExerciseSnapshot?> GetReplay(Viewer viewer, long? seq, TimeSpan? at)
    {
        if (Sight(viewer) is not { } sight)
        {
            return null;
        }

        var events = await GetEvents(0, int.MaxValue);
        var upTo = seq ?? (at is { } time ? ExerciseReplay.SeqAt(events, time) : _engine!.State.LastSeq);
        return ReviewRedaction.For(sight, ExerciseReplay.AtSeq(_engine!.State.Index, events, upTo));
    }

    public Task<IReadOnlyList<HotWashQuestionView>> GetHotWash(Viewer player) =>
        Task.FromResult(player.Team is { } team && Sight(player) is { } sight ? ExerciseReads.HotWash(sight, _engine!.State, team) : []);

    public Task<IReadOnlyList<string>> GetLanguages() =>
        Task.FromResult<IReadOnlyList<string>>(_engine is null ? [] : [.. _engine.State.Index.Scenario.Languages.Select(l => l.Value)]);

    public Task<string> Wake() => Task.FromResult(_engine is null ? "none" : StatusWords.Of(_engine.State.Lifecycle));

    /// <summary>The viewer's sight of this exercise now; null when it does not exist or is not the viewer's.</summary>
    private ExerciseSight? Sight(Viewer viewer) =>
        _engine is not null && VisibilityPolicy.MayEnter(viewer, Id) ? ExerciseSight.Of(viewer, _engine.State) : null;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var loaded = ScenarioLoader.Load(_state.State.ScenarioFile, _state.State.ScenarioText);
        if (loaded.Scenario is null || loaded.HasErrors)
        {
            _logger.LogError("The stored scenario of exercise {ExerciseId} no longer loads; the exercise stays inactive", Id);
            return;
        }

        var events = await _log.ReadAsync(Id, 0, int.MaxValue, cancellationToken);
        _engine = new ExerciseEngine(ExerciseState.Replay(new ScenarioIndex(loaded.Scenario), events));
        _recordedLifecycle = _engine.State.Lifecycle;
        _metrics.CountLifecycle(_recordedLifecycle);
        _logger.LogInformation("Exercise {ExerciseId} loaded: {EventCount} events, {Lifecycle}", Id, events.Count, _engine.State.Lifecycle);
        ArmAlarm();
    }

    /// <summary>After a batch is durable: sectors, the fan-out bridges and, on a lifecycle change, the directory.</summary>
    private async Task PublishAsync(IReadOnlyList<ExerciseEvent> events)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            _logger.LogDebug("Exercise {ExerciseId} stored events {FirstSeq}..{LastSeq}", Id, events[0].Seq, events[^1].Seq);
        }

        if (_engine is null)
        {
            return;
        }

        try
        {
            SectorFanOut.Publish(GrainFactory, Id, _engine.State.Index.Scenario.Sectors, events);
            await _observers.Notify(o => o.OnEvents(Id, events));
            if (_engine?.State.Lifecycle is { } lifecycle && lifecycle != _recordedLifecycle)
            {
                _recordedLifecycle = lifecycle;
                _logger.LogInformation("Exercise {ExerciseId} is now {Lifecycle} at seq {Seq}", Id, lifecycle, events[^1].Seq);
                await RecordInDirectoryAsync();
            }
        }
        catch (Exception ex)
        {
            // Stored is what counts: a failed push is caught up by readers paging the log.
            _logger.LogWarning(ex, "Publishing events {FirstSeq}..{LastSeq} of exercise {ExerciseId} failed", events[0].Seq, events[^1].Seq, Id);
        }
    }

    /// <summary>The engine is ahead of what is stored: drop this activation so the next one replays the stored log.</summary>
    private void OnAppendFailed(Exception ex, int eventCount)
    {
        _logger.LogError(ex, "Could not store {EventCount} events of exercise {ExerciseId}; every waiting command fails and the exercise reloads", eventCount, Id);
        _engine = null;
        _alarm.Dispose();
        _metrics.CountLifecycle(null);
        DeactivateOnIdle();
    }

    /// <summary>Arms the one-shot wake-up for the wall time of the next due item, or disarms it when the clock stops.</summary>
    private void ArmAlarm() =>
        _alarm.Arm(_engine?.NextWakeGameTime is { } due ? _engine.State.Clock.WallTimeReaching(due) : null);

    /// <summary>On a timer thread: hop onto the grain as an ordinary call, so it queues with the commands.</summary>
    private void RingFromTimer()
    {
        var self = this.AsReference<IExerciseGrain>();
        _ = self.AdvanceDue().ContinueWith(
            t => _logger.LogWarning(t.Exception, "Waking exercise {ExerciseId} at its due time failed", Id),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
    }

    public async Task AdvanceDue()
    {
        if (_engine?.State.Lifecycle == ExerciseLifecycle.Running)
        {
            await Execute(new AdvanceClock(CommandIssuer.Control));
        }
        else
        {
            ArmAlarm();
        }
    }

    private Task RecordInDirectoryAsync() =>
        GrainFactory.GetGrain<IExerciseDirectoryGrain>(0).Record(
            new ExerciseSummary(Id, _state.State.Name, _state.State.ScenarioId, _engine?.State.Lifecycle ?? ExerciseLifecycle.Ready, _state.State.CreatedAt));

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

}
