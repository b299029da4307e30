using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>Reads <c>effects</c> on sectors, which injects and decision options both carry.</summary>
internal sealed class EffectReader(NodeReader read, EntityReader entities)
{
    public IEnumerable<SectorEffect> ReadAll(YamlNode? node) => entities.Items(node, "effects", Read);

    private SectorEffect? Read(YamlNode node)
    {
        var map = read.Mapping(node, ScenarioShapes.Effect, "an effect");
        var sector = map is null ? null : read.Reference(map["sector"], "the sector affected");
        if (map is null || sector is null)
        {
            return null;
        }

        var effect = new SectorEffect
        {
            Sector = sector.Value,
            Location = map.Location,
            Perturbation = map["perturbation"] is { } p ? read.Number(p, "the perturbation", -1, 1) : null,
            For = map["for"] is { } f ? read.Duration(f, "the effect's duration 'for'", positive: true)?.Value : null,
            Shock = map["shock"] is { } s ? read.Number(s, "the shock", -1, 1) : null,
            RecoveryFactor = map["recovery_factor"] is { } r ? read.Number(r, "the recovery factor", 0.01, 100) : null,
        };
        if (!map.Has("perturbation") && !map.Has("shock") && !map.Has("recovery_factor"))
        {
            read.Report(DiagnosticCodes.EmptyEffect, map.Location, $"the effect on '{sector.Value.Id}' changes nothing; give it a perturbation, a shock or a recovery_factor");
        }
        else if (map.Has("for") && !map.Has("perturbation"))
        {
            read.Report(DiagnosticCodes.EmptyEffect, map.KeyLocation("for"), "'for' limits how long a perturbation lasts, but this effect has no perturbation");
        }

        return effect;
    }
}
