using System.Globalization;
using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>
/// Reads the scenario's <c>locations</c>: points, lines and areas in GeoJSON's [longitude, latitude] order. Each
/// position is checked for range and each geometry for its shape, reported where it is written; a location whose
/// geometry cannot be used is left out, so references to it are still reported as unresolved.
/// </summary>
internal sealed class LocationReader(NodeReader read, EntityReader entities)
{
    public IEnumerable<MapLocation> ReadAll(YamlNode? node) => entities.List(node, "locations", EntityKinds.Location, Read);

    private MapLocation? Read(Entity location)
    {
        var id = location.Id;
        var kind = read.Enum<MapLocationKind>(location["kind"], "the location kind");
        var category = location["category"] is { } c ? read.Id(c, "the location category") : null;
        var positions = kind is { } k && location["coordinates"] is { } coordinates ? ReadGeometry(coordinates, k, id) : null;
        if (kind is null || positions is null)
        {
            return null;
        }

        return new MapLocation
        {
            Id = id,
            Location = location.Location,
            Name = read.Text(location["name"], "the location name") ?? id,
            Kind = kind.Value,
            Positions = positions,
            Category = category,
            Description = location["description"] is { } d ? read.Text(d, "the description") : null,
        };
    }

    private List<GeoPosition>? ReadGeometry(YamlNode node, MapLocationKind kind, string id)
    {
        if (kind == MapLocationKind.Point)
        {
            return Position(node, $"the point '{id}'") is { } point ? [point] : null;
        }

        var items = read.List(node, $"the coordinates of '{id}'");
        // GeoJSON writes a polygon as a list of rings; one ring is all an area here has, so take it unwrapped.
        if (kind == MapLocationKind.Area && items is [YamlSequence { Items: [YamlSequence, ..] } ring])
        {
            items = ring.Items;
        }

        var positions = new List<GeoPosition>();
        var readable = true;
        foreach (var item in items)
        {
            if (Position(item, $"a position of '{id}'") is { } position)
            {
                positions.Add(position);
            }
            else
            {
                readable = false;
            }
        }

        if (!readable)
        {
            return null;
        }

        return kind == MapLocationKind.Line ? CheckLine(positions, node, id) : CheckArea(positions, node, id);
    }

    private List<GeoPosition>? CheckLine(List<GeoPosition> positions, YamlNode node, string id)
    {
        if (positions.Distinct().Count() >= 2)
        {
            return positions;
        }

        read.Report(DiagnosticCodes.InvalidGeometry, node.Start,
            $"the line '{id}' has {Count(positions.Distinct().Count(), "distinct position")}; a line needs at least two, such as [[24.9, 60.1], [24.7, 59.4]]");
        return null;
    }

    /// <summary>At least three corners; the ring is closed here when the author did not repeat the first corner.</summary>
    private List<GeoPosition>? CheckArea(List<GeoPosition> positions, YamlNode node, string id)
    {
        var corners = positions.Distinct().Count();
        if (corners < 3)
        {
            read.Report(DiagnosticCodes.InvalidGeometry, node.Start,
                $"the area '{id}' has {Count(corners, "distinct corner")}; an area needs at least three, listed around its edge");
            return null;
        }

        if (positions[0] != positions[^1])
        {
            positions.Add(positions[0]);
        }

        return positions;
    }

    private GeoPosition? Position(YamlNode node, string what)
    {
        if (node is not YamlSequence { Items: [var first, var second] })
        {
            read.Report(DiagnosticCodes.InvalidGeometry, node.Start,
                $"{what} must be one [longitude, latitude] pair in degrees, such as [24.94, 60.17], not {Describe(node)}");
            return null;
        }

        var longitude = read.Number(first, $"the longitude of {what}", double.MinValue, double.MaxValue);
        var latitude = read.Number(second, $"the latitude of {what}", double.MinValue, double.MaxValue);
        if (longitude is not { } lon || latitude is not { } lat)
        {
            return null;
        }

        var swapped = Math.Abs(lat) <= 180 && Math.Abs(lon) <= 90 ? "; positions are written [longitude, latitude], as in GeoJSON" : "";
        if (lon is < -180 or > 180)
        {
            read.Report(DiagnosticCodes.CoordinateOutOfRange, first.Start, $"the longitude {Number(lon)} of {what} is outside -180 to 180");
            return null;
        }

        if (lat is < -90 or > 90)
        {
            read.Report(DiagnosticCodes.CoordinateOutOfRange, second.Start, $"the latitude {Number(lat)} of {what} is outside -90 to 90{swapped}");
            return null;
        }

        return new GeoPosition(lon, lat);
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequence sequence => $"a list of {sequence.Items.Count}",
        _ => node.KindName,
    };

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
