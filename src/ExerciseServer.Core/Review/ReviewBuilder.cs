using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Events;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Scenarios.Loading;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Words;

namespace ExerciseServer.Core.Review;

/// <summary>
/// Derives the after-action review from a scenario and an exercise's event log. Final states come from replaying
/// the whole log; the timeline, curves and ratings come from the run since the last reset, so a rehearsal that
/// control reset does not leak into the report.
/// </summary>
public static class ReviewBuilder
{
    /// <param name="curves">
    /// Each sector's sampled curve of the current run as the server keeps it per sector (its sector grain); a sector
    /// left out, or all of them when this is null, is drawn from the events.
    /// </param>
    public static ExerciseReview Build(ScenarioIndex index, string exerciseId, string exerciseName, IReadOnlyList<ExerciseEvent> events,
        IReadOnlyDictionary<string, IReadOnlyList<SectorPointReview>>? curves = null)
    {
        var lastReset = events.Select((e, i) => (e, i)).LastOrDefault(p => p.e is ExerciseReset).i;
        var runStart = events.Count > 0 && events[lastReset] is ExerciseReset ? lastReset + 1 : 0;
        var run = events.Skip(runStart).ToList();
        var (state, moved) = ReplayWithModelPoints(index, events, runStart);
        var scenario = index.Scenario;
        var ratings = run.OfType<RatingRecorded>().Select(r => ToRating(index, r)).ToList();
        var latest = LatestRatings(ratings);

        var injects = Injects(index, state, run);
        var actions = Actions(state, latest);
        var objectives = scenario.Objectives.Select(o => Objective(o, actions, latest)).ToList();
        var deliveries = injects.SelectMany(i => i.Recipients).ToList();

        return new ExerciseReview
        {
            ExerciseId = exerciseId,
            ExerciseName = exerciseName,
            ScenarioId = scenario.Id,
            Title = scenario.Title,
            Summary = scenario.Summary,
            StoryStart = scenario.Clock.Start,
            PlannedDuration = scenario.Clock.Duration,
            StoryTimeZone = scenario.Clock.TimeZoneId,
            Lifecycle = state.Lifecycle,
            EndReason = state.EndReason,
            StartedAt = run.OfType<ExerciseStarted>().FirstOrDefault()?.WallTime,
            EndedAt = run.OfType<ExerciseEnded>().FirstOrDefault()?.WallTime,
            GameTimeReached = state.LastEventGameTime,
            LastSeq = state.LastSeq,
            Figures = new ReviewFigures(
                scenario.Injects.Count,
                injects.Count(i => i.ReleasedAt is not null && !i.AdHoc),
                injects.Count(i => i.AdHoc),
                deliveries.Count,
                deliveries.Count(d => d.AcknowledgedAt is not null),
                deliveries.Count(d => d.AnsweredAt is not null),
                Median(deliveries.Select(d => d.AcknowledgeTime)),
                Median(deliveries.Select(d => d.ResponseTime)),
                actions.Count(a => a.Status == ActionStatus.Met),
                actions.Count(a => a.Status == ActionStatus.Missed),
                actions.Count(a => a.Status == ActionStatus.Pending),
                state.Decisions.Values.Count(d => d.Chosen is not null),
                state.Decisions.Values.Count(d => d.Chosen is not null && d.ByDefault),
                run.OfType<MessageSent>().Count(),
                run.OfType<ObservationRecorded>().Count()),
            Teams = [.. scenario.Teams.Select(t => new ReviewTeam(t.Id, t.Name, Timeline(index, state, run, t.Id)))],
            Injects = injects,
            ExpectedActions = actions,
            Decisions = [.. state.Decisions.Values.OrderBy(d => d.PresentedAt ?? TimeSpan.MaxValue).ThenBy(d => d.Definition.Location.Line).Select(Decision)],
            Sectors = [.. scenario.Sectors.Select((s, i) => Sector(index, s, run, moved[i], curves?.GetValueOrDefault(s.Id)))],
            Objectives = objectives,
            Ratings = ratings,
            Observations = [.. run.OfType<ObservationRecorded>().Select(o => new ObservationReview(o.Seq, o.GameTime, o.WallTime, o.By, o.Text, o.InjectId, o.Team, o.ObjectiveId))],
            Findings = [.. state.Findings.Values.OrderBy(f => f.Seq).Select(f => new FindingReview(f.FindingId, f.Kind, f.ObjectiveId, f.Text, f.By, f.GameTime, f.WallTime))],
            ImprovementPlan = [.. state.Improvements.Values.OrderBy(i => i.Due).ThenBy(i => i.Seq).Select(i => new ImprovementReview(i.ItemId, i.FindingId, i.Action, i.Owner, i.Due, i.By, i.WallTime))],
            HotWash = [.. scenario.HotWash.Select(q => HotWash(index, state, q))],
            Locations = Maps.IncidentMap.Of(scenario),
        };
    }

    /// <summary>The middle value of the known durations (the lower middle for an even count), or null when none.</summary>
    public static TimeSpan? Median(IEnumerable<TimeSpan?> values)
    {
        var known = values.OfType<TimeSpan>().Order().ToList();
        return known.Count == 0 ? null : known[(known.Count - 1) / 2];
    }

    private static List<InjectReview> Injects(ScenarioIndex index, ExerciseState state, List<ExerciseEvent> run)
    {
        var firstAcknowledged = new Dictionary<(string, string), TimeSpan>();
        foreach (var e in run)
        {
            var key = e switch
            {
                InjectAcknowledged a => (a.InjectId, a.Team),
                InjectResponded r => (r.InjectId, r.Team),
                _ => default((string, string)?),
            };
            if (key is { } k)
            {
                firstAcknowledged.TryAdd(k, e.GameTime);
            }
        }

        return [.. state.InjectsInOrder.Select(inject =>
        {
            var definition = inject.Definition;
            var recipients = inject.Recipients.Select(team =>
            {
                TimeSpan? acknowledged = firstAcknowledged.TryGetValue((inject.Id, team), out var at) ? at : null;
                var responses = inject.Responses.GetValueOrDefault(team) ?? [];
                TimeSpan? answered = responses.Count > 0 ? responses[0].At : null;
                return new RecipientReview(team, acknowledged, Since(inject.ReleasedAt, acknowledged), answered, Since(inject.ReleasedAt, answered), [.. responses.Select(r => r.Text)]);
            }).ToList();
            return new InjectReview(
                inject.Id,
                inject.Number,
                inject.Title,
                definition is null ? inject.Channel ?? CreateAdHocInject.DefaultChannel : ScenarioWords.Of(definition.Channel),
                definition?.From is { } from ? SenderName(index.Scenario, from.Id) : Audience.ControlKeyword,
                inject.Status,
                definition is null,
                definition?.At?.Value ?? inject.DueAt,
                inject.ReleasedAt,
                inject.ReleasedByControl,
                recipients,
                [.. definition?.ExpectedActions.Select(a => a.Id) ?? []])
            {
                Body = definition?.Body ?? inject.Body ?? "",
                Media = [.. definition?.Media.Select(m => m.Value) ?? []],
            };
        })];
    }

    private static List<ActionReview> Actions(ExerciseState state, IReadOnlyDictionary<(string, string), RatingReview> latest) =>
        [.. state.Actions.Values
            .OrderBy(a => a.Inject.Number)
            .ThenBy(a => a.Definition.Location.Line)
            .Select(a => new ActionReview(
                a.Definition.Id,
                a.Definition.Action,
                a.Team,
                a.Inject.Id,
                a.Inject.Number,
                a.Definition.Objective?.Id,
                a.Definition.Task?.Id,
                a.StartedAt,
                a.Deadline,
                a.Status,
                a.JudgedAt,
                a.Status == ActionStatus.Met ? Since(a.StartedAt, a.JudgedAt) : null,
                latest.GetValueOrDefault(("expected-action", a.Definition.Id))))];

    private static ObjectiveReview Objective(Objective objective, List<ActionReview> actions, IReadOnlyDictionary<(string, string), RatingReview> latest)
    {
        var taskIds = objective.CriticalTasks.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var linked = actions.Where(a => a.ObjectiveId == objective.Id || (a.TaskId is { } task && taskIds.Contains(task))).ToList();
        return new ObjectiveReview(
            objective.Id,
            objective.Title,
            objective.Capability,
            [.. objective.RatingScale.Select(l => new RatingScaleLevel(l.Code, l.Label))],
            latest.GetValueOrDefault(("objective", objective.Id)),
            [.. objective.CriticalTasks.Select(t => new TaskReview(t.Id, t.Title, latest.GetValueOrDefault(("task", t.Id))))],
            [.. linked.Select(a => a.Id)],
            linked.Count(a => a.Status == ActionStatus.Met),
            linked.Count(a => a.Status == ActionStatus.Missed),
            linked.Count(a => a.Status == ActionStatus.Pending));
    }

    private static DecisionReview Decision(DecisionRuntime decision)
    {
        var option = decision.Definition.Options.FirstOrDefault(o => o.Id == decision.Chosen);
        var review = new DecisionReview(decision.Definition.Id, decision.Definition.Title, decision.Definition.By.Id, decision.PresentedAt, decision.Chosen, option?.Title, decision.DecidedAt, decision.ByDefault);
        return decision.Definition.Joint is not { } joint ? review : review with
        {
            Joint = new JointDecisionReview(
                decision.Definition.Parties,
                joint.Rule,
                joint.Lead?.Id,
                Votes(decision),
                decision.Resolution),
        };
    }

    /// <summary>The votes of a joint decision in the order cast, with the options' titles.</summary>
    internal static IReadOnlyList<JointVoteReview> Votes(DecisionRuntime decision) =>
        [.. decision.Votes.Select(v => new JointVoteReview(v.Team, v.OptionId, decision.Definition.Options.FirstOrDefault(o => o.Id == v.OptionId)?.Title, v.By, v.At))];

    private static List<TimelineEntry> Timeline(ScenarioIndex index, ExerciseState state, List<ExerciseEvent> run, string team)
    {
        var lane = new List<TimelineEntry>();
        void Add(ExerciseEvent e, string kind, string? inject, string label, string? detail = null) =>
            lane.Add(new TimelineEntry(e.Seq, e.GameTime, e.WallTime, kind, inject, label, detail, PersonOf(e)));

        foreach (var e in run)
        {
            switch (e)
            {
                case InjectReleased released when state.Injects.TryGetValue(released.InjectId, out var inject) && state.IsRecipient(inject, team):
                    Add(e, "received", inject.Id, InjectLabel(inject));
                    break;
                case InjectAcknowledged acknowledged when acknowledged.Team == team:
                    Add(e, "acknowledged", acknowledged.InjectId, InjectLabel(state.Injects[acknowledged.InjectId]));
                    break;
                case InjectResponded responded when responded.Team == team:
                    Add(e, "answered", responded.InjectId, InjectLabel(state.Injects[responded.InjectId]), responded.Text);
                    break;
                case DecisionTaken taken when taken.Team == team && index.Decisions.TryGetValue(taken.DecisionId, out var decision):
                    var option = decision.Options.FirstOrDefault(o => o.Id == taken.OptionId)?.Title ?? taken.OptionId;
                    Add(e, "decided", null, decision.Title, taken.ByDefault ? $"{option} (default: no decision in time)" : option);
                    break;
                case JointVoteCast vote when vote.Team == team && index.Decisions.TryGetValue(vote.DecisionId, out var voted):
                    Add(e, "voted", null, voted.Title, vote.OptionId is null ? "refused" : voted.Options.FirstOrDefault(o => o.Id == vote.OptionId)?.Title ?? vote.OptionId);
                    break;
                case JointDecisionResolved resolved when index.Decisions.TryGetValue(resolved.DecisionId, out var joint) && joint.Parties.Contains(team, StringComparer.Ordinal):
                    var chosen = joint.Options.FirstOrDefault(o => o.Id == resolved.OptionId)?.Title ?? resolved.OptionId;
                    Add(e, "decided", null, joint.Title, $"{chosen} ({StatusWords.Of(resolved.How)})");
                    break;
                case MessageSent message when message.From == team:
                    Add(e, "message-sent", null, $"To {TeamName(index, message.To)}", message.Text);
                    break;
                case MessageSent message when ScenarioIndex.TeamOf(message.To) == team:
                    Add(e, "message-received", null, $"From {TeamName(index, message.From)}", message.Text);
                    break;
                case ExpectedActionMet met when met.Team == team:
                    Add(e, "action-met", index.Actions.GetValueOrDefault(met.ActionId).Inject?.Id, ActionLabel(index, met.ActionId));
                    break;
                case ExpectedActionMissed missed when missed.Team == team:
                    Add(e, "action-missed", index.Actions.GetValueOrDefault(missed.ActionId).Inject?.Id, ActionLabel(index, missed.ActionId));
                    break;
            }
        }

        return lane;
    }

    /// <summary>
    /// Replays the log, and in the current run notes every sector's inoperability right after each event that acts on
    /// the model (a release, a decision, an expiring perturbation) and at the last event, so the curves show the jumps
    /// and reach the end, not only the ten-minute samples.
    /// </summary>
    private static (ExerciseState State, List<SectorPointReview>[] Points) ReplayWithModelPoints(ScenarioIndex index, IReadOnlyList<ExerciseEvent> events, int runStart)
    {
        var state = new ExerciseState(index);
        var points = index.Scenario.Sectors.Select(_ => new List<SectorPointReview>()).ToArray();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            state.Apply(e);
            var last = i == events.Count - 1;
            if (i >= runStart && (last || e is InjectReleased or DecisionTaken or JointDecisionResolved or PerturbationExpired) && e is not ExerciseReset)
            {
                for (var s = 0; s < points.Length; s++)
                {
                    points[s].Add(new SectorPointReview(e.GameTime, Math.Round(state.Model.Inoperability[s], 6)));
                }
            }
        }

        return (state, points);
    }

    private static SectorReview Sector(ScenarioIndex index, Sector sector, List<ExerciseEvent> run, List<SectorPointReview> moved, IReadOnlyList<SectorPointReview>? kept)
    {
        var sampled = new List<SectorPointReview>();
        var changes = new List<SectorChangeReview>();
        var markers = new List<SectorMarker>();
        foreach (var e in run)
        {
            switch (e)
            {
                case SectorSampled sample when sample.Sector == sector.Id:
                    sampled.Add(new SectorPointReview(e.GameTime, sample.Inoperability));
                    break;
                case SectorStateChanged changed when changed.Sector == sector.Id:
                    sampled.Add(new SectorPointReview(e.GameTime, changed.Inoperability));
                    changes.Add(new SectorChangeReview(e.GameTime, changed.From, changed.To, changed.Inoperability));
                    break;
                case InjectReleased released when index.Injects.TryGetValue(released.InjectId, out var inject):
                    markers.AddRange(inject.Effects.Where(x => x.Sector.Id == sector.Id)
                        .Select(x => new SectorMarker(e.GameTime, "inject", inject.Id, $"#{inject.Number} {inject.Title}", null, x.Perturbation, x.Shock, x.RecoveryFactor)));
                    break;
                case DecisionTaken taken when index.Decisions.TryGetValue(taken.DecisionId, out var decision):
                    var option = decision.Options.FirstOrDefault(o => o.Id == taken.OptionId);
                    markers.AddRange((option?.Effects ?? []).Where(x => x.Sector.Id == sector.Id)
                        .Select(x => new SectorMarker(e.GameTime, "decision", decision.Id, $"{decision.Title}: {option!.Title}", taken.Team, x.Perturbation, x.Shock, x.RecoveryFactor)));
                    break;
                case JointDecisionResolved resolved when index.Decisions.TryGetValue(resolved.DecisionId, out var joint):
                    var jointOption = joint.Options.FirstOrDefault(o => o.Id == resolved.OptionId);
                    markers.AddRange((jointOption?.Effects ?? []).Where(x => x.Sector.Id == sector.Id)
                        .Select(x => new SectorMarker(e.GameTime, "decision", joint.Id, $"{joint.Title}: {jointOption!.Title}", string.Join(", ", joint.Parties), x.Perturbation, x.Shock, x.RecoveryFactor)));
                    break;
            }
        }

        List<SectorPointReview> points = [.. (kept ?? sampled).Concat(moved).OrderBy(p => p.GameTime)];
        if (points.Count == 0 || points[0].GameTime > TimeSpan.Zero)
        {
            points.Insert(0, new SectorPointReview(TimeSpan.Zero, sector.Initial));
        }

        var peak = points.MaxBy(p => p.Inoperability)!;
        return new SectorReview(sector.Id, sector.Name, sector.Thresholds.Degraded, sector.Thresholds.Disrupted, sector.Thresholds.Failed, peak.Inoperability, peak.GameTime, points, changes, markers);
    }

    private static HotWashReview HotWash(ScenarioIndex index, ExerciseState state, HotWashQuestion question)
    {
        var teams = index.RecipientsOf(question.Audience);
        var answers = teams
            .Select(team => state.HotWashAnswers.GetValueOrDefault((question.Id, team)))
            .OfType<HotWashAnswered>()
            .Select(a => new HotWashAnswerReview(a.Team, a.Text, a.WallTime));
        return new HotWashReview(question.Id, question.Question, teams, [.. answers]);
    }

    private static RatingReview ToRating(ScenarioIndex index, RatingRecorded rating)
    {
        var scale = index.RatingScaleOf(rating.TargetKind, rating.TargetId) ?? RatingLevel.Hseep;
        var label = scale.FirstOrDefault(l => l.Code == rating.Rating)?.Label ?? rating.Rating;
        return new RatingReview(rating.TargetKind, rating.TargetId, rating.Rating, label, rating.Note, rating.By, rating.GameTime, rating.WallTime);
    }

    /// <summary>The latest rating per target counts.</summary>
    private static Dictionary<(string, string), RatingReview> LatestRatings(IEnumerable<RatingReview> ratings)
    {
        var latest = new Dictionary<(string, string), RatingReview>();
        foreach (var rating in ratings)
        {
            latest[(rating.TargetKind, rating.TargetId)] = rating;
        }

        return latest;
    }

    private static string SenderName(Scenario scenario, string id) =>
        scenario.Personas.FirstOrDefault(p => p.Id == id) is { } persona ? (persona.Organisation is { } org ? $"{persona.Name} ({org})" : persona.Name)
        : scenario.Actors.FirstOrDefault(a => a.Id == id)?.Name
        ?? scenario.Teams.FirstOrDefault(t => t.Id == id)?.Name
        ?? id;

    /// <summary>A recipient by name: control, a team, or a role of a team ("Finland — Minister").</summary>
    private static string TeamName(ScenarioIndex index, string id)
    {
        if (id == Audience.ControlKeyword)
        {
            return "control";
        }

        var team = index.Scenario.Teams.FirstOrDefault(t => t.Id == ScenarioIndex.TeamOf(id));
        var role = id.Contains(RoleAddress.Separator, StringComparison.Ordinal) ? team?.Roles.FirstOrDefault(r => RoleAddress.Of(team.Id, r.Id) == id) : null;
        return team is null ? id : role is null ? team.Name : $"{team.Name} — {role.Name}";
    }

    /// <summary>Who in the team did it, as the event recorded.</summary>
    private static string? PersonOf(ExerciseEvent e) => e switch
    {
        InjectAcknowledged a => a.By,
        InjectResponded r => r.By,
        DecisionTaken d => d.By,
        MessageSent m => m.By,
        HotWashAnswered h => h.By,
        _ => null,
    };

    private static string InjectLabel(InjectRuntime inject) => $"#{inject.Number} {inject.Title}";

    private static string ActionLabel(ScenarioIndex index, string actionId) =>
        index.Actions.TryGetValue(actionId, out var action) ? action.Action.Action : actionId;

    private static TimeSpan? Since(TimeSpan? start, TimeSpan? end) => start is { } s && end is { } e ? e - s : null;
}
