using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Review;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Visibility;
using ExerciseServer.Grains.Contracts;
using ExerciseServer.Grains.Sectors;
using ExerciseServer.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Utilities;

namespace ExerciseServer.Grains.Exercises;

/// <summary>
/// The Orleans shell around one exercise's engine: loads the log and replays it on activation, stores a
/// command's events before it answers (persist before publish), and drives the running clock with a grain
/// timer on an injectable <see cref="TimeProvider"/>.
/// </summary>
[GrainType("exercise")]
public sealed class ExerciseGrain : Grain, IExerciseGrain
{
    public static readonly TimeSpan TickPeriod = TimeSpan.FromSeconds(1);

    private readonly IPersistentState<ExerciseGrainState> _state;
    private readonly IEventSegmentStore _segments;
    private readonly TimeProvider _time;
    private readonly ILogger<ExerciseGrain> _logger;
    private readonly TeamByteBudget _budget;
    private ExerciseEngine? _engine;
    private IGrainTimer? _timer;
    private readonly ObserverManager<IExerciseObserver> _observers;

    public ExerciseGrain(
        [PersistentState("exercise", GrainStorage.Name)] IPersistentState<ExerciseGrainState> state,
        IEventSegmentStore segments,
        IServiceProvider services,
        ILogger<ExerciseGrain> logger)
    {
        _state = state;
        _segments = segments;
        _time = services.GetKeyedService<TimeProvider>(TimeProviderNames.Grains) ?? TimeProvider.System;
        _budget = new TeamByteBudget((services.GetService<IOptions<TeamByteBudgetOptions>>()?.Value ?? new()).TeamBytesPerMinute);
        _logger = logger;
        _observers = new ObserverManager<IExerciseObserver>(ObserverExpiry, logger);
    }

    /// <summary>Bridges renew every 30 seconds; one that stops renewing is dropped after this.</summary>
    public static readonly TimeSpan ObserverExpiry = TimeSpan.FromMinutes(2);

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (_state.RecordExists)
        {
            await LoadAsync(cancellationToken);
        }
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

        _state.State = new ExerciseGrainState
        {
            Name = request.Name,
            ScenarioId = request.ScenarioId,
            ScenarioFile = request.ScenarioFile,
            ScenarioText = request.ScenarioText,
            CreatedAt = _time.GetUtcNow(),
        };
        await _state.WriteStateAsync();
        _engine = new ExerciseEngine(new ScenarioIndex(loaded.Scenario!));
        await RecordInDirectoryAsync();
        _logger.LogInformation("Created exercise {ExerciseId} from scenario {ScenarioId}", Id, request.ScenarioId);
        return new CreateExerciseResult(true, null, []);
    }

    public async Task<CommandOutcome> Execute(ExerciseCommand command)
    {
        if (_engine is null)
        {
            return CommandOutcome.Refused(Rejection.NotFound($"there is no exercise '{Id}'"));
        }

        var now = _time.GetUtcNow();
        var charge = TeamByteBudget.ChargeOf(command);
        var retry = command.IdempotencyKey is { } key && _engine.State.CommandKeys.ContainsKey(key);
        if (charge is { } text && !retry && _budget.Check(text.Team, text.Bytes, now) is { } spent)
        {
            return CommandOutcome.Refused(spent);
        }

        var lifecycleBefore = _engine.State.Lifecycle;
        var result = _engine.Execute(command, now);
        if (charge is { } written && result.Accepted && !result.Duplicate)
        {
            _budget.Record(written.Team, written.Bytes, now);
        }
        if (result.Events.Count > 0)
        {
            try
            {
                await AppendAsync(result.Events);
            }
            catch (Exception ex)
            {
                // The engine is ahead of what is stored: drop this activation so the next one replays the stored log.
                _logger.LogError(ex, "Could not store {EventCount} events of exercise {ExerciseId}; reloading", result.Events.Count, Id);
                _engine = null;
                DeactivateOnIdle();
                throw;
            }

            _logger.LogDebug("Exercise {ExerciseId} stored events {FirstSeq}..{LastSeq}", Id, result.Events[0].Seq, result.Events[^1].Seq);
            PublishToSectors(result.Events);
            await _observers.Notify(o => o.OnEvents(Id, result.Events));
        }

        if (_engine.State.Lifecycle != lifecycleBefore)
        {
            _logger.LogInformation("Exercise {ExerciseId} is now {Lifecycle} at seq {Seq}", Id, _engine.State.Lifecycle, _engine.State.LastSeq);
            await RecordInDirectoryAsync();
        }

        UpdateTimer();
        return CommandOutcome.Of(result);
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
            Word(state.Lifecycle),
            state.EndReason,
            new ClockView(gameTime, scenario.Clock.Start + gameTime, state.Clock.Speed, state.Lifecycle == ExerciseLifecycle.Running, scenario.Clock.Duration),
            state.LastSeq,
            [.. scenario.Sectors.Select((s, i) => new SectorView(s.Id, s.Name, Math.Round(state.Model.Inoperability[i], 6), Math.Round(state.Model.Perturbation[i], 6), Word(state.Conditions[i])))],
            [.. state.InjectsInOrder.Select(i => new InjectView(i.Id, i.Number, i.Title, Word(i.Status), i.ReleasedAt, i.Recipients, [.. i.AcknowledgedBy], [.. i.Responses.Keys]))],
            RuntimeIdentity);
        return Task.FromResult<ExerciseView?>(view);
    }

    public async Task<IReadOnlyList<ExerciseEvent>> GetEvents(long after, int max)
    {
        var result = new List<ExerciseEvent>();
        if (_engine is null || max <= 0)
        {
            return result;
        }

        // Past the end answers empty; this also keeps the segment number in range for any 'after'.
        var first = Math.Max(0, after);
        if (first >= _engine.State.LastSeq)
        {
            return result;
        }

        var segment = (int)(first / ExerciseGrainState.SegmentSize);
        while (segment < _state.State.SealedSegments && result.Count < max)
        {
            var events = await _segments.ReadAsync(Id, segment);
            result.AddRange(events.Where(e => e.Seq > first).Take(max - result.Count));
            segment++;
        }

        result.AddRange(_state.State.OpenSegment.Where(e => e.Seq > first).Take(max - result.Count));
        return result;
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

    public Task<IReadOnlyList<string>> GetSectorsSeenBy(string team) =>
        Task.FromResult<IReadOnlyList<string>>(_engine?.State.Index.Scenario.Teams.FirstOrDefault(t => t.Id == team)?.Sees.Select(s => s.Id).ToList() ?? []);

    public Task<IReadOnlyList<string>> GetTeams() =>
        Task.FromResult<IReadOnlyList<string>>(_engine is null ? [] : _engine.State.Index.Teams);

    public async Task<ExerciseReview?> GetReview(Viewer viewer)
    {
        if (Sight(viewer) is not { } sight)
        {
            return null;
        }

        var events = await GetEvents(0, int.MaxValue);
        return ReviewRedaction.For(sight, ReviewBuilder.Build(_engine!.State.Index, Id, _state.State.Name, events));
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

    public Task<IReadOnlyList<HotWashQuestionView>> GetHotWash(string team)
    {
        if (_engine is null)
        {
            return Task.FromResult<IReadOnlyList<HotWashQuestionView>>([]);
        }

        var state = _engine.State;
        var questions = state.Index.Scenario.HotWash
            .Where(q => state.Index.RecipientsOf(q.Audience).Contains(team, StringComparer.Ordinal))
            .Select(q => new HotWashQuestionView(q.Id, q.Question, state.HotWashAnswers.GetValueOrDefault((q.Id, team))?.Text));
        return Task.FromResult<IReadOnlyList<HotWashQuestionView>>([.. questions]);
    }

    public Task<string> Wake() => Task.FromResult(_engine is null ? "none" : Word(_engine.State.Lifecycle));

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

        var events = new List<ExerciseEvent>();
        for (var segment = 0; segment < _state.State.SealedSegments; segment++)
        {
            events.AddRange(await _segments.ReadAsync(Id, segment, cancellationToken));
        }

        events.AddRange(_state.State.OpenSegment);
        _engine = new ExerciseEngine(ExerciseState.Replay(new ScenarioIndex(loaded.Scenario), events));
        _logger.LogInformation("Exercise {ExerciseId} loaded: {EventCount} events, {Lifecycle}", Id, events.Count, _engine.State.Lifecycle);
        UpdateTimer();
    }

    private async Task AppendAsync(IReadOnlyList<ExerciseEvent> events)
    {
        var open = _state.State.OpenSegment;
        open.AddRange(events);
        try
        {
            while (open.Count >= ExerciseGrainState.SegmentSize)
            {
                await _segments.WriteAsync(Id, _state.State.SealedSegments, open.GetRange(0, ExerciseGrainState.SegmentSize));
                _state.State.SealedSegments++;
                open.RemoveRange(0, ExerciseGrainState.SegmentSize);
            }

            await _state.WriteStateAsync();
        }
        catch
        {
            await _state.ReadStateAsync();
            throw;
        }
    }

    private void UpdateTimer()
    {
        var running = _engine?.State.Lifecycle == ExerciseLifecycle.Running;
        if (running && _timer is null)
        {
            _timer = this.RegisterGrainTimer(Tick, new GrainTimerCreationOptions(TickPeriod, TickPeriod) { KeepAlive = true, Interleave = false });
        }
        else if (!running && _timer is not null)
        {
            _timer.Dispose();
            _timer = null;
        }
    }

    private async Task Tick(CancellationToken cancellationToken)
    {
        if (_engine?.State.Lifecycle == ExerciseLifecycle.Running)
        {
            await Execute(new AdvanceClock(CommandIssuer.Control));
        }
    }

    /// <summary>After the events are stored: each sector grain gets what concerns it, one-way.</summary>
    private void PublishToSectors(IReadOnlyList<ExerciseEvent> events)
    {
        var reset = events.Any(e => e is ExerciseReset);
        foreach (var sector in _engine!.State.Index.Scenario.Sectors)
        {
            var relevant = reset ? events : [.. events.Where(e => e is SectorSampled s && s.Sector == sector.Id || e is SectorStateChanged c && c.Sector == sector.Id)];
            if (relevant.Count > 0)
            {
                _ = GrainFactory.GetGrain<ISectorGrain>($"{Id}/{sector.Id}").Observe(relevant);
            }
        }
    }

    private Task RecordInDirectoryAsync() =>
        GrainFactory.GetGrain<IExerciseDirectoryGrain>(0).Record(
            new ExerciseSummary(Id, _state.State.Name, _state.State.ScenarioId, Word(_engine?.State.Lifecycle ?? ExerciseLifecycle.Ready), _state.State.CreatedAt));

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string Word<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
