using System.Globalization;
using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Media;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>
/// Stage one: reads the node tree into the scenario model, checking each item on its own (shape, types,
/// ranges, durations). Items too broken to use are left out; everything else is kept so that stage two
/// can still check the connections and report those problems in the same pass.
/// </summary>
internal sealed class ScenarioReader(string file, DiagnosticBag diagnostics)
{
    private readonly NodeReader _read = new(diagnostics);
    private TranslationReader? _translations;

    private TranslationReader Translations => _translations ??= new(_read);

    /// <summary>Read before the injects, whose 'at' may be a story clock time on it.</summary>
    private ScenarioClock? _clock;

    /// <summary>Read with the phases, before the injects that take them.</summary>
    private readonly InjectDefaults _defaults = new();

    public Scenario? Read(YamlNode? root)
    {
        if (root is null || root is YamlScalar { IsNull: true })
        {
            if (!diagnostics.HasErrors)
            {
                _read.Report(DiagnosticCodes.NotAScenario, root?.Start ?? SourceLocation.StartOf(file), "the file holds no scenario");
            }

            return null;
        }

        if (root is not YamlMapping)
        {
            _read.Report(DiagnosticCodes.NotAScenario, root.Start, $"a scenario file is a mapping of keys such as 'id', 'title' and 'injects', not {root.KindName}");
            return null;
        }

        var map = _read.Mapping(root, ScenarioShapes.Scenario, "the scenario")!;
        var version = ReadSchemaVersion(map["schema"]);
        var languages = new List<Located<string>>();
        foreach (var item in _read.List(map["languages"], "languages", allowSingle: true))
        {
            if (_read.Scalar(item, "a language") is { } language)
            {
                if (language.Value.Length is < 2 or > 16 || !language.Value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
                {
                    _read.Report(DiagnosticCodes.InvalidValue, language.Start, $"'{language.Value}' is not a language tag such as en, fi or de");
                }
                else
                {
                    languages.Add(new(language.Value, language.Start));
                }
            }
        }

        var injectNodes = _read.List(map["injects"], "injects");
        _defaults.SetForFile(map["inject_defaults"] is { } fileDefaults ? _read.Mapping(fileDefaults, ScenarioShapes.InjectDefaults, "the file's inject_defaults") : null);
        return new Scenario
        {
            File = file,
            SchemaVersion = version,
            Id = _read.Id(map["id"], "the scenario id") ?? "",
            Location = map.Location,
            Title = _read.Text(map["title"], "the scenario title") ?? "",
            Summary = OptionalText(map["summary"], "the summary"),
            Sources = [.. Items(map["sources"], "sources", ReadSource)],
            Languages = languages,
            Clock = ReadClock(map["clock"]),
            Sectors = [.. Items(map["sectors"], "sectors", ReadSector)],
            SectorsLocation = map.KeyLocation("sectors"),
            Actors = [.. Items(map["actors"], "actors", ReadActor)],
            Teams = [.. Items(map["teams"], "teams", ReadTeam)],
            Personas = [.. Items(map["personas"], "personas", ReadPersona)],
            Objectives = [.. Items(map["objectives"], "objectives", ReadObjective)],
            Phases = [.. Items(map["phases"], "phases", ReadPhase)],
            Injects = [.. injectNodes.Select((node, i) => ReadInject(node, i + 1)).OfType<Inject>()],
            Decisions = [.. Items(map["decisions"], "decisions", ReadDecision)],
            End = ReadEnd(map["end"]),
            HotWash = [.. Items(map["hot_wash"], "hot_wash", ReadHotWash)],
            Locations = [.. Items(map["locations"], "locations", new LocationReader(_read).Read)],
        };
    }

    private IEnumerable<T> Items<T>(YamlNode? node, string what, Func<YamlNode, T?> read)
        where T : class =>
        _read.List(node, what).Select(read).OfType<T>();

    private int ReadSchemaVersion(YamlNode? node)
    {
        var scalar = _read.Scalar(node, "schema");
        if (scalar is null)
        {
            return Scenario.CurrentSchemaVersion;
        }

        if (!int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version != Scenario.CurrentSchemaVersion)
        {
            _read.Report(DiagnosticCodes.UnsupportedSchemaVersion, scalar.Start,
                $"schema '{scalar.Value}' is not supported; this server reads schema {Scenario.CurrentSchemaVersion}");
        }

        return Scenario.CurrentSchemaVersion;
    }

    private string? OptionalText(YamlNode? node, string what) => node is null ? null : _read.Text(node, what);

    private SourceReference? ReadSource(YamlNode node)
    {
        var map = _read.Mapping(node, ScenarioShapes.Source, "a source");
        if (map is null)
        {
            return null;
        }

        return new SourceReference(_read.Text(map["title"], "the source title") ?? "", OptionalText(map["url"], "the source url"), OptionalText(map["date"], "the source date"));
    }

    private ScenarioClock ReadClock(YamlNode? node)
    {
        var map = _read.Mapping(node, ScenarioShapes.Clock, "the clock");
        var duration = map is null ? null : _read.Duration(map["duration"], "the exercise duration", positive: true);
        _clock = new ScenarioClock
        {
            Start = (map is null ? null : _read.DateTime(map["start"], "the clock start")) ?? DateTimeOffset.UnixEpoch,
            Speed = (map?["speed"] is { } speed ? _read.Number(speed, "the clock speed", 0.01, 10_000) : null) ?? 1,
            Duration = duration?.Value ?? DurationFormat.Max,
            DurationLocation = duration?.Location ?? map?.Location ?? SourceLocation.StartOf(file),
            TimeZoneId = map?["time_zone"] is { } zone ? ReadTimeZone(zone) : null,
        };
        return _clock;
    }

    private string? ReadTimeZone(YamlNode node)
    {
        var scalar = _read.Scalar(node, "the clock time zone");
        if (scalar is not null && StoryClock.FindZone(scalar.Value) is null)
        {
            _read.Report(DiagnosticCodes.InvalidTimeZone, scalar.Start,
                $"the clock time zone '{scalar.Value}' is not an IANA zone id; write for example Europe/Helsinki, Europe/Berlin or UTC");
            return null;
        }

        return scalar?.Value;
    }

    /// <summary>'at' as an offset (6h18m) or as the story's clock (2027-01-18T06:18, Mon 06:18), always stored as an offset.</summary>
    private Located<TimeSpan>? ReadAt(YamlNode node)
    {
        if (_read.Scalar(node, "the release offset 'at'") is not { } scalar || _clock is not { } clock)
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
                return _read.Duration(node, "the release offset 'at'");
            case StoryTimeParseResult.Ok:
                return new Located<TimeSpan>(offset, scalar.Start);
            case StoryTimeParseResult.BeforeStart:
                _read.Report(DiagnosticCodes.StoryTimeBeforeStart, scalar.Start, $"'at: {shown}' is before the exercise starts ({start})");
                return null;
            case StoryTimeParseResult.AfterEnd:
                _read.Report(DiagnosticCodes.StoryTimeAfterEnd, scalar.Start,
                    $"'at: {shown}' is {DurationFormat.Format(offset)} after the start, beyond the exercise's duration of {DurationFormat.Format(clock.Duration)} (it ends {end})");
                return null;
            case StoryTimeParseResult.WeekdayOutside:
                _read.Report(DiagnosticCodes.WeekdayOutsideExercise, scalar.Start,
                    $"'at: {shown}' names a weekday that is not exactly one day of the exercise ({start} to {end}); write the date, such as {StoryClock.At(clock, TimeSpan.Zero).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}T06:00");
                return null;
            default:
                _read.Report(DiagnosticCodes.InvalidDateTime, scalar.Start,
                    $"'at: {shown}' is no story clock time; write 2027-01-18T06:18, Mon 06:18 or an offset such as 6h18m");
                return null;
        }
    }

    private Sector? ReadSector(YamlNode node)
    {
        var map = _read.Mapping(node, ScenarioShapes.Sector, "a sector");
        var id = map is null ? null : _read.Id(map["id"], "the sector id");
        if (map is null || id is null)
        {
            return null;
        }

        var dependencies = new List<SectorDependency>();
        foreach (var item in _read.List(map["depends_on"], "depends_on"))
        {
            var dep = _read.Mapping(item, ScenarioShapes.Dependency, "a dependency");
            var target = dep is null ? null : _read.Reference(dep["sector"], "the sector depended on");
            var weight = dep is null ? null : _read.Number(dep["weight"], "the dependency weight", 0, 1);
            var type = dep is null ? null : _read.Enum<DependencyType>(dep["type"], "the dependency type");
            var note = dep?["note"] is { } noteNode ? _read.Text(noteNode, "the note") : null;
            if (target is { } t && t.Id == id)
            {
                _read.Report(DiagnosticCodes.SelfDependency, t.Location, $"sector '{id}' cannot depend on itself; its own recovery is set by 'recovery'");
                continue;
            }

            if (dep is not null && target is not null && weight is not null)
            {
                dependencies.Add(new SectorDependency(target.Value, weight.Value, type ?? DependencyType.Physical, note, dep.Location));
            }
        }

        return new Sector
        {
            Id = id,
            Location = map["id"]!.Start,
            Name = _read.Text(map["name"], "the sector name") ?? id,
            Description = OptionalText(map["description"], "the description"),
            Initial = (map["initial"] is { } initial ? _read.Number(initial, "the initial inoperability", 0, 1) : null) ?? 0,
            RecoveryTime = _read.Duration(map["recovery"], "the recovery time", positive: true)?.Value ?? TimeSpan.FromDays(1),
            Thresholds = ReadThresholds(map["thresholds"]),
            DependsOn = dependencies,
            Locations = _read.References(map["locations"], "the sector's locations"),
            Translations = Translations.Read(map["translations"], ScenarioShapes.NamedTranslation, $"sector '{id}'"),
        };
    }

    private SectorThresholds ReadThresholds(YamlNode? node)
    {
        var map = _read.Mapping(node, ScenarioShapes.Thresholds, "the thresholds");
        if (map is null)
        {
            return SectorThresholds.Default;
        }

        var defaults = SectorThresholds.Default;
        var degraded = (map["degraded"] is { } d ? _read.Number(d, "the degraded threshold", 0, 1) : null) ?? defaults.Degraded;
        var disrupted = (map["disrupted"] is { } s ? _read.Number(s, "the disrupted threshold", 0, 1) : null) ?? defaults.Disrupted;
        var failed = (map["failed"] is { } f ? _read.Number(f, "the failed threshold", 0, 1) : null) ?? defaults.Failed;
        if (!(degraded > 0 && degraded < disrupted && disrupted < failed))
        {
            _read.Report(DiagnosticCodes.ThresholdsOutOfOrder, map.Location,
                string.Create(CultureInfo.InvariantCulture, $"thresholds must rise: 0 < degraded ({degraded}) < disrupted ({disrupted}) < failed ({failed})"));
        }

        return new SectorThresholds(degraded, disrupted, failed);
    }

    private Actor? ReadActor(YamlNode node)
    {
        var map = _read.Mapping(node, ScenarioShapes.Actor, "an actor");
        var id = map is null ? null : _read.Id(map["id"], "the actor id");
        if (map is null || id is null)
        {
            return null;
        }

        var country = OptionalText(map["country"], "the country");
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            _read.Report(DiagnosticCodes.InvalidValue, map["country"]!.Start, $"the country '{country}' must be an ISO 3166 two-letter code such as FI or EE, in capitals and quotes for NO");
        }

        return new Actor
        {
            Id = id,
            Location = map["id"]!.Start,
            Name = _read.Text(map["name"], "the actor name") ?? id,
            Kind = (map["kind"] is { } kind ? _read.Enum<ActorKind>(kind, "the actor kind") : null) ?? ActorKind.Nation,
            Country = country,
            Description = OptionalText(map["description"], "the description"),
            Translations = Translations.Read(map["translations"], ScenarioShapes.NamedTranslation, $"actor '{id}'"),
        };
    }

    private Team? ReadTeam(YamlNode node)
    {
        var map = _read.Mapping(node, ScenarioShapes.Team, "a team");
        var id = map is null ? null : _read.Id(map["id"], "the team id", isTeam: true);
        if (map is null || id is null)
        {
            return null;
        }

        var roles = new List<TeamRole>();
        foreach (var item in _read.List(map["roles"], "roles"))
        {
            var role = _read.Mapping(item, ScenarioShapes.Role, "a role");
            var roleId = role is null ? null : _read.Id(role["id"], "the role id");
            if (role is not null && roleId is not null)
            {
                roles.Add(new TeamRole(roleId, _read.Text(role["name"], "the role name") ?? roleId, OptionalText(role["description"], "the description"), role["id"]!.Start)
                {
                    Briefing = OptionalText(role["briefing"], "the role's briefing"),
                    Translations = Translations.Read(role["translations"], ScenarioShapes.NamedTranslation, $"role '{roleId}'"),
                });
            }
        }

        return new Team
        {
            Id = id,
            Location = map["id"]!.Start,
            Name = _read.Text(map["name"], "the team name") ?? id,
            Plays = map["plays"] is { } plays ? _read.Reference(plays, "the actor played") : null,
            Description = OptionalText(map["description"], "the description"),
            Sees = _read.References(map["sees"], "the sectors seen"),
            Roles = roles,
            Resources = [.. ReadAmounts(map["resources"], "resources", 0, 1_000_000).Select(a => new TeamResource(a.Name, a.Value, a.Location))],
            Translations = Translations.Read(map["translations"], ScenarioShapes.NamedTranslation, $"team '{id}'"),
        };
    }

    private IEnumerable<(string Name, double Value, SourceLocation Location)> ReadAmounts(YamlNode? node, string what, double min, double max)
    {
        if (node is null || node is YamlScalar { IsNull: true })
        {
            yield break;
        }

        if (node is not YamlMapping mapping)
        {
            _read.Report(DiagnosticCodes.WrongNodeKind, node.Start, $"{what} must map names to amounts, such as 'repair_vessels: 2', not {node.KindName}");
            yield break;
        }

        foreach (var (key, value) in mapping.Entries)
        {
            var name = _read.Id(key, "a resource name");
            var amount = _read.Number(value, $"the amount of '{key.Value}'", min, max);
            if (name is not null && amount is not null)
            {
                yield return (name, amount.Value, key.Start);
            }
        }
    }

    private Persona? ReadPersona(YamlNode node)
    {
        var map = _read.Mapping(node, ScenarioShapes.Persona, "a persona");
        var id = map is null ? null : _read.Id(map["id"], "the persona id");
        if (map is null || id is null)
        {
            return null;
        }

        return new Persona
        {
            Id = id,
            Location = map["id"]!.Start,
            Name = _read.Text(map["name"], "the persona name") ?? id,
            Organisation = OptionalText(map["organisation"], "the organisation"),
            Role = OptionalText(map["role"], "the role"),
        };
    }

    private Objective? ReadObjective(YamlNode node)
    {
        var map = _read.Mapping(node, ScenarioShapes.Objective, "an objective");
        var id = map is null ? null : _read.Id(map["id"], "the objective id");
        if (map is null || id is null)
        {
            return null;
        }

        var tasks = new List<CriticalTask>();
        foreach (var item in _read.List(map["critical_tasks"], "critical_tasks"))
        {
            var task = _read.Mapping(item, ScenarioShapes.CriticalTask, "a critical task");
            var taskId = task is null ? null : _read.Id(task["id"], "the critical task id");
            if (task is not null && taskId is not null)
            {
                tasks.Add(new CriticalTask(taskId, _read.Text(task["title"], "the critical task title") ?? taskId, task["id"]!.Start));
            }
        }

        return new Objective
        {
            Id = id,
            Location = map["id"]!.Start,
            Title = _read.Text(map["title"], "the objective title") ?? id,
            Capability = _read.Text(map["capability"], "the capability") ?? "",
            Description = OptionalText(map["description"], "the description"),
            CriticalTasks = tasks,
            RatingScale = ReadRatingScale(map["rating_scale"]),
        };
    }

    private IReadOnlyList<RatingLevel> ReadRatingScale(YamlNode? node)
    {
        switch (node)
        {
            case null:
                return RatingLevel.Hseep;
            case YamlScalar scalar when scalar.Value == "hseep":
                return RatingLevel.Hseep;
            case YamlScalar scalar:
                _read.Report(DiagnosticCodes.InvalidValue, scalar.Start, $"the rating scale is 'hseep' or a list of levels with code and label, not '{scalar.Value}'");
                return RatingLevel.Hseep;
        }

        var levels = new List<RatingLevel>();
        foreach (var item in _read.List(node, "the rating scale"))
        {
            var level = _read.Mapping(item, ScenarioShapes.RatingLevel, "a rating level");
            if (level is not null && _read.Text(level["code"], "the rating code") is { } code)
            {
                levels.Add(new RatingLevel(code, _read.Text(level["label"], "the rating label") ?? code));
            }
        }

        if (levels.Count < 2)
        {
            _read.Report(DiagnosticCodes.InvalidValue, node.Start, "a rating scale needs at least two levels");
            return RatingLevel.Hseep;
        }

        return levels;
    }

    private Phase? ReadPhase(YamlNode node)
    {
        var map = _read.Mapping(node, ScenarioShapes.Phase, "a phase");
        var id = map is null ? null : _read.Id(map["id"], "the phase id");
        if (map is null || id is null)
        {
            return null;
        }

        var questions = new List<string>();
        foreach (var item in _read.List(map["questions"], "questions"))
        {
            if (_read.Text(item, "a discussion question") is { } question)
            {
                questions.Add(question);
            }
        }

        _defaults.SetForPhase(id, map["inject_defaults"] is { } defaults ? _read.Mapping(defaults, ScenarioShapes.InjectDefaults, $"the inject_defaults of phase '{id}'") : null);
        return new Phase
        {
            Id = id,
            Location = map["id"]!.Start,
            Title = _read.Text(map["title"], "the phase title") ?? id,
            Summary = OptionalText(map["summary"], "the summary"),
            Starts = _read.Duration(map["starts"], "the phase start") ?? new(TimeSpan.Zero, map.Location),
            Questions = questions,
            Translations = Translations.Read(map["translations"], ScenarioShapes.PhaseTranslation, $"phase '{id}'"),
        };
    }

    private Inject? ReadInject(YamlNode node, int number)
    {
        var map = _read.Mapping(node, ScenarioShapes.Inject, "an inject");
        var id = map is null ? null : _read.Id(map["id"], "the inject id");
        if (map is null || id is null)
        {
            return null;
        }

        var triggers = new[] { "at", "after", "when" }.Where(map.Has).ToList();
        var onDemand = map["on_demand"] is { } od && (_read.Boolean(od, "on_demand") ?? false);
        if (triggers.Count > 1)
        {
            _read.Report(DiagnosticCodes.ConflictingTriggers, map.KeyLocation(triggers[1]),
                $"inject '{id}' has both '{triggers[0]}' and '{triggers[1]}'; give it one trigger");
        }
        else if (triggers.Count == 1 && onDemand)
        {
            _read.Report(DiagnosticCodes.ConflictingTriggers, map.KeyLocation("on_demand"),
                $"inject '{id}' is on demand, so control releases it by hand; remove '{triggers[0]}' or on_demand");
        }

        var phase = map["phase"] is { } phaseNode ? _read.Reference(phaseNode, "the phase") : null;
        var to = _defaults.Value(map, phase?.Id, "to");
        if (to is null)
        {
            _read.Report(DiagnosticCodes.MissingKey, map.Location, $"inject '{id}' needs 'to', or a 'to' in the inject_defaults of its phase or of the file");
        }

        var channel = _defaults.Value(map, phase?.Id, "channel");
        var from = _defaults.Value(map, phase?.Id, "from");
        var body = map["body"] is { } bodyNode ? _read.Text(bodyNode, "the inject body") : null;
        var at = map["at"] is { } atNode ? ReadAt(atNode) : null;
        var afterTrigger = map["after"] is { } afterNode ? ReadAfter(afterNode) : null;
        var whenTrigger = map["when"] is { } whenNode ? _read.Condition(whenNode, "the condition 'when'") : null;
        return new Inject
        {
            Id = id,
            Location = map["id"]!.Start,
            Number = number,
            Phase = phase,
            At = at,
            After = afterTrigger,
            When = whenTrigger,
            HasUnreadableTrigger = (map.Has("at") && at is null) || (map.Has("after") && afterTrigger is null) || (map.Has("when") && whenTrigger is null),
            OnDemand = onDemand,
            To = ReadAudience(to, map.Location),
            Channel = (channel is null ? null : _read.Enum<InjectChannel>(channel, "the channel")) ?? InjectChannel.Email,
            From = from is null ? null : _read.Reference(from, "the persona 'from'"),
            Title = _read.Text(map["title"], "the inject title") ?? id,
            Body = body ?? "",
            Translations = Translations.Read(map["translations"], ScenarioShapes.Translation, $"inject '{id}'"),
            Media = ReadMedia(map["media"]),
            Sector = map["sector"] is { } sector ? _read.Reference(sector, "the sector") : null,
            Effects = [.. Items(map["effects"], "effects", ReadEffect)],
            ExpectedActions = [.. Items(map["expected_actions"], "expected_actions", ReadExpectedAction)],
            ContingencyFor = map["contingency_for"] is { } contingency ? _read.Reference(contingency, "contingency_for") : null,
            Decision = map["decision"] is { } decision ? _read.Reference(decision, "the decision") : null,
            Objectives = _read.References(map["objectives"], "objectives"),
            Notes = OptionalText(map["notes"], "the controller notes"),
            Locations = _read.References(map["locations"], "the inject's locations"),
        };
    }

    /// <summary>An inject's media: plain file names of allowed types; whether each file is there is the host's check.</summary>
    private List<Located<string>> ReadMedia(YamlNode? node)
    {
        var media = new List<Located<string>>();
        foreach (var item in _read.List(node, "media", allowSingle: true))
        {
            if (_read.Scalar(item, "a media file name") is not { } scalar)
            {
                continue;
            }

            if (!MediaFiles.IsPlainName(scalar.Value))
            {
                _read.Report(DiagnosticCodes.InvalidMediaName, scalar.Start,
                    $"'{scalar.Value}' is not a plain file name: name a file in the scenario's media folder, without folders, using letters, digits, '-', '_' and '.'");
            }
            else if (MediaFiles.TypeOf(scalar.Value) is null)
            {
                _read.Report(DiagnosticCodes.MediaTypeNotAllowed, scalar.Start,
                    $"'{scalar.Value}' is not a type an inject can carry; use one of {MediaFiles.AllowedList}");
            }
            else
            {
                media.Add(new Located<string>(scalar.Value, scalar.Start));
            }
        }

        return media;
    }

    private AfterTrigger? ReadAfter(YamlNode node)
    {
        if (node is YamlScalar)
        {
            return _read.Reference(node, "'after'") is { } plain ? new AfterTrigger(plain, new(TimeSpan.Zero, node.Start)) : null;
        }

        var map = _read.Mapping(node, ScenarioShapes.After, "'after'");
        var target = map is null ? null : _read.Reference(map["inject"], "the inject waited for");
        if (map is null || target is null)
        {
            return null;
        }

        var delay = map["delay"] is { } delayNode ? _read.Duration(delayNode, "the delay") : null;
        return new AfterTrigger(target.Value, delay ?? new(TimeSpan.Zero, map.Location));
    }

    private Audience ReadAudience(YamlNode? node, SourceLocation fallback)
    {
        var teams = new List<Reference>();
        var roles = new List<RoleAddress>();
        bool all = false, control = false, observers = false;
        foreach (var item in _read.List(node, "'to'", allowSingle: true))
        {
            if (item is YamlScalar { Value: var text } scalar && text.Contains(RoleAddress.Separator, StringComparison.Ordinal))
            {
                if (_read.RoleAddress(scalar) is { } role)
                {
                    roles.Add(role);
                }

                continue;
            }

            if (_read.Reference(item, "a recipient") is not { } recipient)
            {
                continue;
            }

            switch (recipient.Id)
            {
                case Audience.AllKeyword: all = true; break;
                case Audience.ControlKeyword: control = true; break;
                case Audience.ObserversKeyword: observers = true; break;
                default: teams.Add(recipient); break;
            }
        }

        return new Audience { Teams = teams, Roles = roles, AllPlayers = all, Control = control, Observers = observers, Location = node?.Start ?? fallback };
    }

    private SectorEffect? ReadEffect(YamlNode node)
    {
        var map = _read.Mapping(node, ScenarioShapes.Effect, "an effect");
        var sector = map is null ? null : _read.Reference(map["sector"], "the sector affected");
        if (map is null || sector is null)
        {
            return null;
        }

        var effect = new SectorEffect
        {
            Sector = sector.Value,
            Location = map.Location,
            Perturbation = map["perturbation"] is { } p ? _read.Number(p, "the perturbation", -1, 1) : null,
            For = map["for"] is { } f ? _read.Duration(f, "the effect's duration 'for'", positive: true)?.Value : null,
            Shock = map["shock"] is { } s ? _read.Number(s, "the shock", -1, 1) : null,
            RecoveryFactor = map["recovery_factor"] is { } r ? _read.Number(r, "the recovery factor", 0.01, 100) : null,
        };
        if (!map.Has("perturbation") && !map.Has("shock") && !map.Has("recovery_factor"))
        {
            _read.Report(DiagnosticCodes.EmptyEffect, map.Location, $"the effect on '{sector.Value.Id}' changes nothing; give it a perturbation, a shock or a recovery_factor");
        }
        else if (map.Has("for") && !map.Has("perturbation"))
        {
            _read.Report(DiagnosticCodes.EmptyEffect, map.KeyLocation("for"), "'for' limits how long a perturbation lasts, but this effect has no perturbation");
        }

        return effect;
    }

    private ExpectedAction? ReadExpectedAction(YamlNode node)
    {
        var map = _read.Mapping(node, ScenarioShapes.ExpectedAction, "an expected action");
        var id = map is null ? null : _read.Id(map["id"], "the expected action id");
        if (map is null || id is null)
        {
            return null;
        }

        return new ExpectedAction
        {
            Id = id,
            Location = map["id"]!.Start,
            Team = map["team"] is { } team ? _read.Reference(team, "the team") : null,
            Action = _read.Text(map["action"], "the expected action") ?? "",
            Within = _read.Duration(map["within"], "the deadline 'within'", positive: true) ?? new(TimeSpan.FromHours(1), map.Location),
            Evidence = map["evidence"] is { } evidence ? _read.Condition(evidence, "the evidence") : null,
            Objective = map["objective"] is { } objective ? _read.Reference(objective, "the objective") : null,
            Task = map["task"] is { } task ? _read.Reference(task, "the critical task") : null,
            Translations = Translations.Read(map["translations"], ScenarioShapes.ExpectedActionTranslation, $"expected action '{id}'"),
        };
    }

    private Decision? ReadDecision(YamlNode node)
    {
        var map = _read.Mapping(node, ScenarioShapes.Decision, "a decision");
        var id = map is null ? null : _read.Id(map["id"], "the decision id");
        var (by, joint) = map is null ? default : new JointDecisionReader(_read).Read(map, id ?? "?");
        if (map is null || id is null)
        {
            return null;
        }

        var options = Items(map["options"], "options", ReadOption).ToList();
        if (map.Has("options") && options.Count < 2)
        {
            _read.Report(DiagnosticCodes.TooFewOptions, map.KeyLocation("options"), $"decision '{id}' has {options.Count} option(s); a decision needs at least two");
        }

        return new Decision
        {
            Id = id,
            Location = map["id"]!.Start,
            Title = _read.Text(map["title"], "the decision title") ?? id,
            Description = OptionalText(map["description"], "the description"),
            By = by ?? new Reference("", map.Location),
            Joint = joint,
            Within = map["within"] is { } within ? _read.Duration(within, "the time to decide 'within'", positive: true) : null,
            Default = map["default"] is { } def ? _read.Reference(def, "the default option") : null,
            Options = options,
            Objective = map["objective"] is { } objective ? _read.Reference(objective, "the objective") : null,
            Translations = Translations.Read(map["translations"], ScenarioShapes.TitledTranslation, $"decision '{id}'"),
        };
    }

    private DecisionOption? ReadOption(YamlNode node)
    {
        var map = _read.Mapping(node, ScenarioShapes.Option, "an option");
        var id = map is null ? null : _read.Id(map["id"], "the option id");
        if (map is null || id is null)
        {
            return null;
        }

        var followUps = new List<FollowUp>();
        foreach (var item in _read.List(map["follow_ups"], "follow_ups"))
        {
            if (item is YamlScalar)
            {
                if (_read.Reference(item, "a follow-up inject") is { } plain)
                {
                    followUps.Add(new FollowUp(plain, new(TimeSpan.Zero, item.Start)));
                }

                continue;
            }

            var follow = _read.Mapping(item, ScenarioShapes.FollowUp, "a follow-up");
            var target = follow is null ? null : _read.Reference(follow["inject"], "the follow-up inject");
            if (follow is not null && target is not null)
            {
                var delay = follow["delay"] is { } d ? _read.Duration(d, "the follow-up delay") : null;
                followUps.Add(new FollowUp(target.Value, delay ?? new(TimeSpan.Zero, follow.Location)));
            }
        }

        return new DecisionOption
        {
            Id = id,
            Location = map["id"]!.Start,
            Title = _read.Text(map["title"], "the option title") ?? id,
            Description = OptionalText(map["description"], "the description"),
            Effects = [.. Items(map["effects"], "effects", ReadEffect)],
            Resources = [.. ReadAmounts(map["resources"], "resources", -1_000_000, 1_000_000).Select(a => new ResourceChange(a.Name, a.Value, a.Location))],
            FollowUps = followUps,
            Translations = Translations.Read(map["translations"], ScenarioShapes.TitledTranslation, $"option '{id}'"),
        };
    }

    private EndConditions ReadEnd(YamlNode? node)
    {
        var map = _read.Mapping(node, ScenarioShapes.End, "end");
        if (map is null)
        {
            return new EndConditions();
        }

        var conditions = new List<Condition>();
        foreach (var item in _read.List(map["when"], "the end conditions", allowSingle: true))
        {
            if (_read.Condition(item, "an end condition") is { } condition)
            {
                conditions.Add(condition);
            }
        }

        return new EndConditions { When = conditions };
    }

    private HotWashQuestion? ReadHotWash(YamlNode node)
    {
        var map = _read.Mapping(node, ScenarioShapes.HotWashQuestion, "a hot-wash question");
        var id = map is null ? null : _read.Id(map["id"], "the question id");
        if (map is null || id is null)
        {
            return null;
        }

        var audience = map.Has("to") ? ReadAudience(map["to"], map.Location) : new Audience { AllPlayers = true, Location = map.Location };
        return new HotWashQuestion(id, _read.Text(map["question"], "the question") ?? "", audience, map["id"]!.Start)
        {
            Translations = Translations.Read(map["translations"], ScenarioShapes.HotWashTranslation, $"hot-wash question '{id}'"),
        };
    }
}
