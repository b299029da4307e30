using System.Globalization;
using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>Reads the scenario's <c>sectors</c>: each with its recovery, the thresholds of its states and its dependencies.</summary>
internal sealed class SectorReader(NodeReader read, EntityReader entities)
{
    public IEnumerable<Sector> ReadAll(YamlNode? node) => entities.List(node, "sectors", EntityKinds.Sector, Read);

    private Sector Read(Entity sector)
    {
        var dependencies = ReadDependencies(sector);
        return new Sector
        {
            Id = sector.Id,
            Location = sector.Location,
            Name = read.Text(sector["name"], "the sector name") ?? sector.Id,
            Description = read.OptionalText(sector["description"], "the description"),
            Initial = (sector["initial"] is { } initial ? read.Number(initial, "the initial inoperability", 0, 1) : null) ?? 0,
            RecoveryTime = read.Duration(sector["recovery"], "the recovery time", positive: true)?.Value ?? TimeSpan.FromDays(1),
            Thresholds = ReadThresholds(sector["thresholds"]),
            DependsOn = dependencies,
            Locations = read.References(sector["locations"], "the sector's locations"),
            Translations = sector.Translations(),
        };
    }

    private List<SectorDependency> ReadDependencies(Entity sector)
    {
        var dependencies = new List<SectorDependency>();
        foreach (var item in read.List(sector["depends_on"], "depends_on"))
        {
            var dep = read.Mapping(item, ScenarioShapes.Dependency, "a dependency");
            var target = dep is null ? null : read.Reference(dep["sector"], "the sector depended on");
            var weight = dep is null ? null : read.Number(dep["weight"], "the dependency weight", 0, 1);
            var type = dep is null ? null : read.Enum<DependencyType>(dep["type"], "the dependency type");
            var note = dep?["note"] is { } noteNode ? read.Text(noteNode, "the note") : null;
            if (target is { } t && t.Id == sector.Id)
            {
                read.Report(DiagnosticCodes.SelfDependency, t.Location, $"sector '{sector.Id}' cannot depend on itself; its own recovery is set by 'recovery'");
                continue;
            }

            if (dep is not null && target is not null && weight is not null)
            {
                dependencies.Add(new SectorDependency(target.Value, weight.Value, type ?? DependencyType.Physical, note, dep.Location));
            }
        }

        return dependencies;
    }

    private SectorThresholds ReadThresholds(YamlNode? node)
    {
        var map = read.Mapping(node, ScenarioShapes.Thresholds, "the thresholds");
        if (map is null)
        {
            return SectorThresholds.Default;
        }

        var defaults = SectorThresholds.Default;
        var degraded = (map["degraded"] is { } d ? read.Number(d, "the degraded threshold", 0, 1) : null) ?? defaults.Degraded;
        var disrupted = (map["disrupted"] is { } s ? read.Number(s, "the disrupted threshold", 0, 1) : null) ?? defaults.Disrupted;
        var failed = (map["failed"] is { } f ? read.Number(f, "the failed threshold", 0, 1) : null) ?? defaults.Failed;
        if (!(degraded > 0 && degraded < disrupted && disrupted < failed))
        {
            read.Report(DiagnosticCodes.ThresholdsOutOfOrder, map.Location,
                string.Create(CultureInfo.InvariantCulture, $"thresholds must rise: 0 < degraded ({degraded}) < disrupted ({disrupted}) < failed ({failed})"));
        }

        return new SectorThresholds(degraded, disrupted, failed);
    }
}
