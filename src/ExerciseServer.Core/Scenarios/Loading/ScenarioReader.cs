using System.Globalization;
using ExerciseServer.Core.Diagnostics;
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

    /// <summary>Filled with the phases, before the injects that take them.</summary>
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

        var entities = new EntityReader(_read);
        var audiences = new AudienceReader(_read);
        var effects = new EffectReader(_read, entities);
        var participants = new ParticipantReader(_read, entities);
        var map = _read.Mapping(root, ScenarioShapes.Scenario, "the scenario")!;
        var version = ReadSchemaVersion(map["schema"]);
        var languages = ReadLanguages(map["languages"]);
        var injectNodes = _read.List(map["injects"], "injects");
        _defaults.SetForFile(map["inject_defaults"] is { } fileDefaults ? _read.Mapping(fileDefaults, ScenarioShapes.InjectDefaults, "the file's inject_defaults") : null);
        // The object initialiser reads in the order written: the clock and the phases come before the injects that use them.
        ScenarioClock clock;
        return new Scenario
        {
            File = file,
            SchemaVersion = version,
            Id = _read.Id(map["id"], "the scenario id") ?? "",
            Location = map.Location,
            Title = _read.Text(map["title"], "the scenario title") ?? "",
            Summary = _read.OptionalText(map["summary"], "the summary"),
            Sources = [.. entities.Items(map["sources"], "sources", ReadSource)],
            Languages = languages,
            Clock = clock = ReadClock(map["clock"]),
            Sectors = [.. new SectorReader(_read, entities).ReadAll(map["sectors"])],
            SectorsLocation = map.KeyLocation("sectors"),
            Actors = [.. participants.ReadActors(map["actors"])],
            Teams = [.. participants.ReadTeams(map["teams"])],
            Personas = [.. participants.ReadPersonas(map["personas"])],
            Objectives = [.. new ObjectiveReader(_read, entities).ReadAll(map["objectives"])],
            Phases = [.. new PhaseReader(_read, entities, _defaults).ReadAll(map["phases"])],
            Injects = ReadInjects(injectNodes, clock),
            Decisions = [.. new DecisionReader(_read, entities, effects).ReadAll(map["decisions"])],
            End = ReadEnd(map["end"]),
            HotWash = [.. entities.List(map["hot_wash"], "hot_wash", EntityKinds.HotWashQuestion, question => ReadHotWash(question, audiences))],
            Locations = [.. new LocationReader(_read, entities).ReadAll(map["locations"])],
        };
    }

    /// <summary>Each inject is read on its own (the phases and defaults it takes are read before), so a long list is read in parts.</summary>
    private List<Inject> ReadInjects(IReadOnlyList<YamlNode> nodes, ScenarioClock clock) =>
        PartitionedRead.Read(nodes, _read, (read, first, part) =>
        {
            var entities = new EntityReader(read);
            return new InjectReader(read, entities, _defaults, new AudienceReader(read), new EffectReader(read, entities)).ReadAll(part, clock, first);
        });

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

    private List<Located<string>> ReadLanguages(YamlNode? node)
    {
        var languages = new List<Located<string>>();
        foreach (var item in _read.List(node, "languages", allowSingle: true))
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

        return languages;
    }

    private SourceReference? ReadSource(YamlNode node)
    {
        var map = _read.Mapping(node, ScenarioShapes.Source, "a source");
        if (map is null)
        {
            return null;
        }

        return new SourceReference(_read.Text(map["title"], "the source title") ?? "", _read.OptionalText(map["url"], "the source url"), _read.OptionalText(map["date"], "the source date"));
    }

    private ScenarioClock ReadClock(YamlNode? node)
    {
        var map = _read.Mapping(node, ScenarioShapes.Clock, "the clock");
        var duration = map is null ? null : _read.Duration(map["duration"], "the exercise duration", positive: true);
        return new ScenarioClock
        {
            Start = (map is null ? null : _read.DateTime(map["start"], "the clock start")) ?? DateTimeOffset.UnixEpoch,
            Speed = (map?["speed"] is { } speed ? _read.Number(speed, "the clock speed", 0.01, 10_000) : null) ?? 1,
            Duration = duration?.Value ?? DurationFormat.Max,
            DurationLocation = duration?.Location ?? map?.Location ?? SourceLocation.StartOf(file),
            TimeZoneId = map?["time_zone"] is { } zone ? ReadTimeZone(zone) : null,
        };
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

    private HotWashQuestion ReadHotWash(Entity question, AudienceReader audiences)
    {
        var audience = question.Has("to") ? audiences.Read(question["to"], question.Map.Location) : new Audience { AllPlayers = true, Location = question.Map.Location };
        return new HotWashQuestion(question.Id, _read.Text(question["question"], "the question") ?? "", audience, question.Location)
        {
            Translations = question.Translations(),
        };
    }
}
