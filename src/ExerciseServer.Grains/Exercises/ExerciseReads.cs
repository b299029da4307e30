using ExerciseServer.Core.Engine.Commands;
using ExerciseServer.Core.Engine.Machines;
using ExerciseServer.Core.Engine;
using ExerciseServer.Core.Maps;
using ExerciseServer.Core.Scenarios.Loading;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Text;
using ExerciseServer.Core.Visibility;
using ExerciseServer.Core.Words;
using ExerciseServer.Grains.Contracts;

namespace ExerciseServer.Grains.Exercises;

/// <summary>
/// What one viewer reads of one exercise state — the outline, inject contents and the live view — shaped into the
/// grain contracts. Every decision of who sees what is the <see cref="VisibilityPolicy"/>'s, through the sight; every
/// scenario text is shown in the viewer's language by <see cref="ReaderLanguage"/>, here and nowhere else.
/// </summary>
public static class ExerciseReads
{
    public static ExerciseOutline Outline(ExerciseSight sight, ExerciseState state)
    {
        var scenario = state.Index.Scenario;
        var language = LanguageOf(sight, state);
        var objectives = VisibilityPolicy.Objectives(sight.Viewer) ? scenario.Objectives : [];
        return new ExerciseOutline(
            scenario.Title,
            scenario.Summary,
            scenario.Clock.Start,
            scenario.Clock.TimeZoneId,
            scenario.Clock.Duration,
            [.. scenario.Teams.Select(t => Named(language, t.Id, t.Name, t.Translations))],
            [.. scenario.Sectors.Where(s => sight.Sector(s.Id)).Select(s =>
            {
                var words = language.Pick(s.Translations, ("name", s.Name));
                return new SectorOutline(s.Id, words.Text("name", s.Name), s.Thresholds.Degraded, s.Thresholds.Disrupted, s.Thresholds.Failed, words.Language);
            })],
            [.. scenario.Phases.Select(p =>
            {
                var words = language.Pick(p.Translations, ("title", p.Title));
                return new NamedItem(p.Id, words.Text("title", p.Title), words.Language);
            })],
            [.. objectives.Select(o => new ObjectiveOutline(o.Id, o.Title, o.Capability,
                [.. o.CriticalTasks.Select(t => new NamedItem(t.Id, t.Title))], [.. o.RatingScale.Select(l => new NamedItem(l.Code, l.Label))]))],
            [.. state.Actions.Values.Where(a => sight.ExpectedAction(a.Definition.Id)).OrderBy(a => a.Inject.Number)
                .Select(a =>
                {
                    var words = language.Pick(a.Definition.Translations, ("action", a.Definition.Action));
                    return new ActionOutline(a.Definition.Id, words.Text("action", a.Definition.Action), a.Team, a.Inject.Id, words.Language);
                })],
            IncidentMap.Seen(sight, IncidentMap.Of(scenario)),
            [.. scenario.Languages.Select(l => l.Value)],
            language.Wanted,
            [.. scenario.Teams.SelectMany(t => t.Roles.Where(r => r.Briefing is not null && VisibilityPolicy.RoleBriefing(sight.Viewer, t.Id, r.Id))
                .Select(r => new RoleBriefing(t.Id, r.Id, r.Name, r.Briefing!)))],
            [.. scenario.Teams.Where(t => VisibilityPolicy.TeamActivity(sight.Viewer, t.Id)).SelectMany(t => t.Roles.Select(r =>
            {
                var team = Named(language, t.Id, t.Name, t.Translations);
                var words = language.Pick(r.Translations, ("name", r.Name));
                return new NamedItem(RoleAddress.Of(t.Id, r.Id), $"{team.Name} — {words.Text("name", r.Name)}", words.Language);
            }))]);
    }

    /// <summary>The language the viewer reads this exercise's scenario in.</summary>
    public static ReaderLanguage LanguageOf(ExerciseSight sight, ExerciseState state) => ReaderLanguage.For(state.Index.Scenario, sight.Viewer.Language);

    /// <summary>The hot-wash questions put to a team, in the viewer's language, with the team's answers verbatim.</summary>
    public static IReadOnlyList<HotWashQuestionView> HotWash(ExerciseSight sight, ExerciseState state, string team)
    {
        var language = LanguageOf(sight, state);
        return [.. state.Index.Scenario.HotWash
            .Where(q => state.Index.RecipientsOf(q.Audience).Contains(team, StringComparer.Ordinal))
            .Select(q =>
            {
                var words = language.Pick(q.Translations, ("question", q.Question));
                return new HotWashQuestionView(q.Id, words.Text("question", q.Question), state.HotWashAnswers.GetValueOrDefault((q.Id, team))?.Text, words.Language);
            })];
    }

    public static IReadOnlyList<InjectDetail> InjectDetails(ExerciseSight sight, ExerciseState state)
    {
        var personas = state.Index.Scenario.Personas.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var language = LanguageOf(sight, state);
        var features = IncidentMap.Of(state.Index.Scenario);
        return [.. state.InjectsInOrder.Where(i => sight.SeesInject(i.Id)).Select(i => Detail(sight, state, i, personas, language, features))];
    }

    /// <summary>The injects of the scenario that carry the media file <paramref name="name"/>.</summary>
    public static IEnumerable<InjectRuntime> MediaCarriers(ExerciseState state, string name) =>
        state.InjectsInOrder.Where(i => i.Definition?.Media.Any(m => m.Value == name) == true);

    /// <summary>The lifecycle, clock, sectors and injects as the viewer may see them now, named in the viewer's language.</summary>
    public static ExerciseView View(ExerciseSight sight, ExerciseState state, ExerciseView whole)
    {
        var language = LanguageOf(sight, state);
        var scenario = state.Index.Scenario;
        var sectors = scenario.Sectors.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var visible = sight.IsControl ? whole : whole with
        {
            Sectors = [.. whole.Sectors.Where(s => sight.Sector(s.Id))],
            Injects = [.. whole.Injects.Where(i => sight.SeesInject(i.Id)).Select(i => i with
            {
                AcknowledgedBy = [.. i.AcknowledgedBy.Where(sight.TeamActivity)],
                RespondedBy = [.. i.RespondedBy.Where(sight.TeamActivity)],
            })],
        };
        return visible with
        {
            Sectors = [.. visible.Sectors.Select(s =>
            {
                if (!sectors.TryGetValue(s.Id, out var sector))
                {
                    return s;
                }

                var words = language.Pick(sector.Translations, ("name", sector.Name));
                return s with { Name = words.Text("name", sector.Name), Language = words.Language };
            })],
            Injects = [.. visible.Injects.Select(i =>
            {
                if (state.Injects.GetValueOrDefault(i.Id)?.Definition is not { } definition)
                {
                    return i;
                }

                var words = InjectWords(language, definition);
                return i with { Title = words.Text("title", definition.Title), Language = words.Language };
            })],
        };
    }

    private static ShownWords InjectWords(ReaderLanguage language, Inject definition) =>
        language.Pick(definition.Translations, ("title", definition.Title), ("body", definition.Body));

    private static NamedItem Named(ReaderLanguage language, string id, string name, IReadOnlyList<Translation> translations)
    {
        var words = language.Pick(translations, ("name", name));
        return new NamedItem(id, words.Text("name", name), words.Language);
    }

    /// <summary>The teams, rule, votes and resolution of a joint decision; who may see the decision sees all of its votes.</summary>
    private static JointDecisionDetail? Joint(DecisionRuntime runtime) => runtime.Definition.Joint is not { } joint ? null : new(
        runtime.Definition.Parties,
        joint.Rule,
        joint.Lead?.Id,
        [.. runtime.Votes.Select(v => new JointVoteDetail(v.Team, v.OptionId, v.By, v.At))],
        runtime.Resolution);

    private static InjectDetail Detail(ExerciseSight sight, ExerciseState state, InjectRuntime inject, Dictionary<string, string> personas, ReaderLanguage language, IReadOnlyList<MapFeature> features)
    {
        var definition = inject.Definition;
        var full = sight.Inject(inject.Id) == Sight.Full;
        DecisionDetail? decision = null;
        if (definition?.Decision is { } reference && sight.Decision(reference.Id) && state.Decisions.TryGetValue(reference.Id, out var runtime))
        {
            var d = runtime.Definition;
            var words = language.Pick(d.Translations, ("title", d.Title), ("description", d.Description));
            decision = new DecisionDetail(d.Id, words.Text("title", d.Title), words.Optional("description", d.Description), d.By.Id, d.Within?.Value,
                [.. d.Options.Select(o => Option(language, o))], runtime.Chosen, words.Language, Joint(runtime));
        }

        // An inject control writes during play has no definition: it is shown as written, in no named language.
        var injectWords = definition is null ? new ShownWords(null, "") : InjectWords(language, definition);
        return new InjectDetail(
            inject.Id,
            inject.Number,
            definition is null ? inject.Title : injectWords.Text("title", definition.Title),
            definition is null ? inject.Body ?? "" : injectWords.Text("body", definition.Body),
            definition is null ? inject.Channel ?? CreateAdHocInject.DefaultChannel : ScenarioWords.Of(definition.Channel),
            definition?.From is { } from ? personas.GetValueOrDefault(from.Id, from.Id) : null,
            definition?.Sector?.Id,
            definition?.Phase?.Id,
            inject.Recipients,
            inject.Status,
            inject.ReleasedAt,
            decision,
            [.. (definition?.ExpectedActions ?? []).Where(a => sight.ExpectedAction(a.Id)).Select(a => language.Pick(a.Translations, ("action", a.Action)).Text("action", a.Action))],
            definition?.OnDemand ?? false,
            full ? Trigger(definition) : null,
            full ? definition?.Notes : null,
            IncidentMap.OfInject(sight, definition, features),
            [.. (definition?.Media ?? []).Select(m => m.Value)],
            full ? inject.DueAt ?? state.ScheduledDue(inject.Id) ?? definition?.At?.Value ?? inject.ReleasedAt : null,
            injectWords.Language);
    }

    private static OptionDetail Option(ReaderLanguage language, DecisionOption option)
    {
        var words = language.Pick(option.Translations, ("title", option.Title), ("description", option.Description));
        return new OptionDetail(option.Id, words.Text("title", option.Title), words.Optional("description", option.Description), words.Language);
    }

    private static string? Trigger(Inject? inject) => inject switch
    {
        null => "written during play",
        { At: { } at } => $"at {DurationFormat.Format(at.Value)}",
        { After: { } after } => $"{DurationFormat.Format(after.Delay.Value)} after {after.Inject.Id}",
        { When: { } when } => $"when {when.Text}",
        { OnDemand: true } => "on demand",
        { ContingencyFor: { } action } => $"if {action.Id} is missed",
        _ => "follow-up of a decision",
    };
}
