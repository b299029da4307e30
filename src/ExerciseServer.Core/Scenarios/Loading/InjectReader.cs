using System.Globalization;
using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Media;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>
/// Reads the scenario's <c>injects</c>: the one trigger each has (at, after, when or on demand), its audience, channel
/// and sender (its own, else its phase's or the file's <c>inject_defaults</c>), text, media, effects and expected actions.
/// </summary>
internal sealed class InjectReader(NodeReader read, EntityReader entities, InjectDefaults defaults, AudienceReader audiences, EffectReader effects)
{
    /// <summary>Numbered by their place in the list, counting the ones left out, as the author counts them.</summary>
    /// <param name="firstIndex">The place of the first node in the whole list, for a list read in parts.</param>
    public IEnumerable<Inject> ReadAll(IEnumerable<YamlNode> nodes, ScenarioClock clock, int firstIndex = 0) =>
        nodes.Select((node, i) => entities.Open(node, EntityKinds.Inject) is { } inject ? Read(inject, firstIndex + i + 1, clock) : null).OfType<Inject>();

    private Inject Read(Entity inject, int number, ScenarioClock clock)
    {
        var id = inject.Id;
        var triggers = new[] { "at", "after", "when" }.Where(inject.Has).ToList();
        var onDemand = inject["on_demand"] is { } od && (read.Boolean(od, "on_demand") ?? false);
        if (triggers.Count > 1)
        {
            read.Report(DiagnosticCodes.ConflictingTriggers, inject.KeyLocation(triggers[1]),
                $"inject '{id}' has both '{triggers[0]}' and '{triggers[1]}'; give it one trigger");
        }
        else if (triggers.Count == 1 && onDemand)
        {
            read.Report(DiagnosticCodes.ConflictingTriggers, inject.KeyLocation("on_demand"),
                $"inject '{id}' is on demand, so control releases it by hand; remove '{triggers[0]}' or on_demand");
        }

        var map = inject.Map;
        var phase = inject["phase"] is { } phaseNode ? read.Reference(phaseNode, "the phase") : null;
        var to = defaults.Value(map, phase?.Id, "to");
        if (to is null)
        {
            read.Report(DiagnosticCodes.MissingKey, map.Location, $"inject '{id}' needs 'to', or a 'to' in the inject_defaults of its phase or of the file");
        }

        var channel = defaults.Value(map, phase?.Id, "channel");
        var from = defaults.Value(map, phase?.Id, "from");
        var body = inject["body"] is { } bodyNode ? read.Text(bodyNode, "the inject body") : null;
        var at = inject["at"] is { } atNode ? ReadAt(atNode, clock) : null;
        var afterTrigger = inject["after"] is { } afterNode ? ReadAfter(afterNode) : null;
        var whenTrigger = inject["when"] is { } whenNode ? read.Condition(whenNode, "the condition 'when'") : null;
        return new Inject
        {
            Id = id,
            Location = inject.Location,
            Number = number,
            Phase = phase,
            At = at,
            After = afterTrigger,
            When = whenTrigger,
            HasUnreadableTrigger = (inject.Has("at") && at is null) || (inject.Has("after") && afterTrigger is null) || (inject.Has("when") && whenTrigger is null),
            OnDemand = onDemand,
            To = audiences.Read(to, map.Location),
            Channel = (channel is null ? null : read.Enum<InjectChannel>(channel, "the channel")) ?? InjectChannel.Email,
            From = from is null ? null : read.Reference(from, "the persona 'from'"),
            Title = read.Text(inject["title"], "the inject title") ?? id,
            Body = body ?? "",
            Translations = inject.Translations(),
            Media = ReadMedia(inject["media"]),
            Sector = inject["sector"] is { } sector ? read.Reference(sector, "the sector") : null,
            Effects = [.. effects.ReadAll(inject["effects"])],
            ExpectedActions = [.. entities.List(inject["expected_actions"], "expected_actions", EntityKinds.ExpectedAction, ReadExpectedAction)],
            ContingencyFor = inject["contingency_for"] is { } contingency ? read.Reference(contingency, "contingency_for") : null,
            Decision = inject["decision"] is { } decision ? read.Reference(decision, "the decision") : null,
            Objectives = read.References(inject["objectives"], "objectives"),
            Notes = read.OptionalText(inject["notes"], "the controller notes"),
            Locations = read.References(inject["locations"], "the inject's locations"),
        };
    }

    /// <summary>'at' as an offset (6h18m) or as the story's clock (2027-01-18T06:18, Mon 06:18), always stored as an offset.</summary>
    private Located<TimeSpan>? ReadAt(YamlNode node, ScenarioClock clock)
    {
        if (read.Scalar(node, "the release offset 'at'") is not { } scalar)
        {
            return null;
        }

        var result = StoryTimeText.TryParse(scalar.Value, clock, out var offset);
        var shown = scalar.Value.Trim();
        var start = StoryClock.Format(clock, TimeSpan.Zero);
        var end = StoryClock.Format(clock, clock.Duration);
        switch (result)
        {
            case StoryTimeParseResult.NotStoryTime:
                return read.Duration(node, "the release offset 'at'");
            case StoryTimeParseResult.Ok:
                return new Located<TimeSpan>(offset, scalar.Start);
            case StoryTimeParseResult.BeforeStart:
                read.Report(DiagnosticCodes.StoryTimeBeforeStart, scalar.Start, $"'at: {shown}' is before the exercise starts ({start})");
                return null;
            case StoryTimeParseResult.AfterEnd:
                read.Report(DiagnosticCodes.StoryTimeAfterEnd, scalar.Start,
                    $"'at: {shown}' is {DurationFormat.Format(offset)} after the start, beyond the exercise's duration of {DurationFormat.Format(clock.Duration)} (it ends {end})");
                return null;
            case StoryTimeParseResult.WeekdayOutside:
                read.Report(DiagnosticCodes.WeekdayOutsideExercise, scalar.Start,
                    $"'at: {shown}' names a weekday that is not exactly one day of the exercise ({start} to {end}); write the date, such as {StoryClock.At(clock, TimeSpan.Zero).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}T06:00");
                return null;
            default:
                read.Report(DiagnosticCodes.InvalidDateTime, scalar.Start,
                    $"'at: {shown}' is no story clock time; write 2027-01-18T06:18, Mon 06:18 or an offset such as 6h18m");
                return null;
        }
    }

    private AfterTrigger? ReadAfter(YamlNode node)
    {
        if (node is YamlScalar)
        {
            return read.Reference(node, "'after'") is { } plain ? new AfterTrigger(plain, new(TimeSpan.Zero, node.Start)) : null;
        }

        var map = read.Mapping(node, ScenarioShapes.After, "'after'");
        var target = map is null ? null : read.Reference(map["inject"], "the inject waited for");
        if (map is null || target is null)
        {
            return null;
        }

        var delay = map["delay"] is { } delayNode ? read.Duration(delayNode, "the delay") : null;
        return new AfterTrigger(target.Value, delay ?? new(TimeSpan.Zero, map.Location));
    }

    /// <summary>An inject's media: plain file names of allowed types; whether each file is there is the host's check.</summary>
    private List<Located<string>> ReadMedia(YamlNode? node)
    {
        var media = new List<Located<string>>();
        foreach (var item in read.List(node, "media", allowSingle: true))
        {
            if (read.Scalar(item, "a media file name") is not { } scalar)
            {
                continue;
            }

            if (!MediaFiles.IsPlainName(scalar.Value))
            {
                read.Report(DiagnosticCodes.InvalidMediaName, scalar.Start,
                    $"'{scalar.Value}' is not a plain file name: name a file in the scenario's media folder, without folders, using letters, digits, '-', '_' and '.'");
            }
            else if (MediaFiles.TypeOf(scalar.Value) is null)
            {
                read.Report(DiagnosticCodes.MediaTypeNotAllowed, scalar.Start,
                    $"'{scalar.Value}' is not a type an inject can carry; use one of {MediaFiles.AllowedList}");
            }
            else
            {
                media.Add(new Located<string>(scalar.Value, scalar.Start));
            }
        }

        return media;
    }

    private ExpectedAction ReadExpectedAction(Entity action) => new()
    {
        Id = action.Id,
        Location = action.Location,
        Team = action["team"] is { } team ? read.Reference(team, "the team") : null,
        Action = read.Text(action["action"], "the expected action") ?? "",
        Within = read.Duration(action["within"], "the deadline 'within'", positive: true) ?? new(TimeSpan.FromHours(1), action.Map.Location),
        Evidence = action["evidence"] is { } evidence ? read.Condition(evidence, "the evidence") : null,
        Objective = action["objective"] is { } objective ? read.Reference(objective, "the objective") : null,
        Task = action["task"] is { } task ? read.Reference(task, "the critical task") : null,
        Translations = action.Translations(),
    };
}
