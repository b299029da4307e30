using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Maps;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Loading;
using ExerciseServer.Core.Visibility;
using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Exercises;

/// <summary>
/// What one viewer reads of one exercise state — the outline, inject contents and the live view — shaped into the
/// grain contracts. Every decision of who sees what is the <see cref="VisibilityPolicy"/>'s, through the sight.
/// </summary>
public static class ExerciseReads
{
    public static ExerciseOutline Outline(ExerciseSight sight, ExerciseState state)
    {
        var scenario = state.Index.Scenario;
        var objectives = VisibilityPolicy.Objectives(sight.Viewer) ? scenario.Objectives : [];
        return new ExerciseOutline(
            scenario.Title,
            scenario.Summary,
            scenario.Clock.Start,
            scenario.Clock.Duration,
            [.. scenario.Teams.Select(t => new NamedItem(t.Id, t.Name))],
            [.. scenario.Sectors.Where(s => sight.Sector(s.Id)).Select(s => new SectorOutline(s.Id, s.Name, s.Thresholds.Degraded, s.Thresholds.Disrupted, s.Thresholds.Failed))],
            [.. scenario.Phases.Select(p => new NamedItem(p.Id, p.Title))],
            [.. objectives.Select(o => new ObjectiveOutline(o.Id, o.Title, o.Capability,
                [.. o.CriticalTasks.Select(t => new NamedItem(t.Id, t.Title))], [.. o.RatingScale.Select(l => new NamedItem(l.Code, l.Label))]))],
            [.. state.Actions.Values.Where(a => sight.ExpectedAction(a.Definition.Id)).OrderBy(a => a.Inject.Number)
                .Select(a => new ActionOutline(a.Definition.Id, a.Definition.Action, a.Team, a.Inject.Id))],
            IncidentMap.Seen(sight, IncidentMap.Of(scenario)),
            [.. scenario.Teams.SelectMany(t => t.Roles.Where(r => r.Briefing is not null && VisibilityPolicy.RoleBriefing(sight.Viewer, t.Id, r.Id))
                .Select(r => new RoleBriefing(t.Id, r.Id, r.Name, r.Briefing!)))]);
    }

    public static IReadOnlyList<InjectDetail> InjectDetails(ExerciseSight sight, ExerciseState state)
    {
        var personas = state.Index.Scenario.Personas.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var features = IncidentMap.Of(state.Index.Scenario);
        return [.. state.InjectsInOrder.Where(i => sight.SeesInject(i.Id)).Select(i => Detail(sight, state, i, personas, features))];
    }

    /// <summary>The injects of the scenario that carry the media file <paramref name="name"/>.</summary>
    public static IEnumerable<InjectRuntime> MediaCarriers(ExerciseState state, string name) =>
        state.InjectsInOrder.Where(i => i.Definition?.Media.Any(m => m.Value == name) == true);

    /// <summary>The lifecycle, clock, sectors and injects as the viewer may see them now.</summary>
    public static ExerciseView View(ExerciseSight sight, ExerciseState state, ExerciseView whole) => sight.IsControl ? whole : whole with
    {
        Sectors = [.. whole.Sectors.Where(s => sight.Sector(s.Id))],
        Injects = [.. whole.Injects.Where(i => sight.SeesInject(i.Id)).Select(i => i with
        {
            AcknowledgedBy = [.. i.AcknowledgedBy.Where(sight.TeamActivity)],
            RespondedBy = [.. i.RespondedBy.Where(sight.TeamActivity)],
        })],
    };

    private static InjectDetail Detail(ExerciseSight sight, ExerciseState state, InjectRuntime inject, Dictionary<string, string> personas, IReadOnlyList<MapFeature> features)
    {
        var definition = inject.Definition;
        var full = sight.Inject(inject.Id) == Sight.Full;
        DecisionDetail? decision = null;
        if (definition?.Decision is { } reference && sight.Decision(reference.Id) && state.Decisions.TryGetValue(reference.Id, out var runtime))
        {
            var d = runtime.Definition;
            decision = new DecisionDetail(d.Id, d.Title, d.Description, d.By.Id, d.Within?.Value, [.. d.Options.Select(o => new OptionDetail(o.Id, o.Title, o.Description))], runtime.Chosen);
        }

        return new InjectDetail(
            inject.Id,
            inject.Number,
            inject.Title,
            definition?.Body ?? inject.Body ?? "",
            definition is null ? inject.Channel ?? "email" : ScenarioWords.Of(definition.Channel),
            definition?.From is { } from ? personas.GetValueOrDefault(from.Id, from.Id) : null,
            definition?.Sector?.Id,
            definition?.Phase?.Id,
            inject.Recipients,
            Word(inject.Status),
            inject.ReleasedAt,
            decision,
            [.. (definition?.ExpectedActions ?? []).Where(a => sight.ExpectedAction(a.Id)).Select(a => a.Action)],
            definition?.OnDemand ?? false,
            full ? Trigger(definition) : null,
            full ? definition?.Notes : null,
            IncidentMap.OfInject(sight, definition, features),
            [.. (definition?.Media ?? []).Select(m => m.Value)],
            full ? inject.DueAt ?? state.ScheduledDue(inject.Id) ?? definition?.At?.Value ?? inject.ReleasedAt : null);
    }

    private static string? Trigger(Core.Scenarios.Model.Inject? inject) => inject switch
    {
        null => "written during play",
        { At: { } at } => $"at {DurationFormat.Format(at.Value)}",
        { After: { } after } => $"{DurationFormat.Format(after.Delay.Value)} after {after.Inject.Id}",
        { When: { } when } => $"when {when.Text}",
        { OnDemand: true } => "on demand",
        { ContingencyFor: { } action } => $"if {action.Id} is missed",
        _ => "follow-up of a decision",
    };

    private static string Word(InjectStatus status) => status.ToString().ToLowerInvariant();
}
