using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Maps;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Tests.Support;
using static ExerciseServer.Tests.Shared.TestScenarios;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>
/// The scenario's map locations: points, lines and areas in [longitude, latitude], referred to by injects and sectors;
/// bad coordinates, shapes and references are reported where they are written.
/// </summary>
public sealed class MapLocationTests
{
    private const string File = "scenarios/map.yaml";

    private const string Places = """
        locations:
          - id: ferry-port
            name: Ferry port
            kind: point
            category: port
            coordinates: [24.94, 60.17]
          - id: cable
            name: Gulf cable
            kind: line
            category: cable
            description: Helsinki–Tallinn.
            coordinates: [[24.9, 60.1], [24.8, 59.8], [24.7, 59.4]]
          - id: jamming
            name: Jamming area
            kind: area
            coordinates: [[22.5, 59.3], [26.5, 59.3], [26.5, 60.3]]
          - id: closed
            name: Closed ring in GeoJSON's polygon form
            kind: area
            coordinates: [[[20, 55], [21, 55], [21, 56], [20, 55]]]

        """;

    [Fact]
    public void Points_lines_and_areas_load_with_their_positions_and_an_area_is_closed()
    {
        var result = ScenarioLoader.Load(File, Header + Sectors + Teams + Injects + Places);

        Assert.Empty(result.Diagnostics);
        var locations = result.Scenario!.Locations.ToDictionary(l => l.Id);
        Assert.Equal(MapLocationKind.Point, locations["ferry-port"].Kind);
        Assert.Equal([new GeoPosition(24.94, 60.17)], locations["ferry-port"].Positions);
        Assert.Equal("port", locations["ferry-port"].Category);
        Assert.Equal(3, locations["cable"].Positions.Count);
        Assert.Equal("Helsinki–Tallinn.", locations["cable"].Description);
        Assert.Equal(4, locations["jamming"].Positions.Count);
        Assert.Equal(locations["jamming"].Positions[0], locations["jamming"].Positions[^1]);
        Assert.Equal(4, locations["closed"].Positions.Count);
    }

    [Fact]
    public void Injects_and_sectors_refer_to_locations_and_the_map_lists_who_mentions_each()
    {
        var text = Header + Sectors.Replace("recovery: 4h", "recovery: 4h\n    locations: cable", StringComparison.Ordinal) + Teams + """
            injects:
              - { id: i1, at: 10m, to: red, title: Hello, locations: [cable, jamming] }
              - { id: i2, at: 20m, to: red, title: Again, locations: cable }

            """ + Places;

        var result = ScenarioLoader.Load(File, text);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["cable"], result.Scenario!.Sectors[0].Locations.Select(r => r.Id));
        var features = IncidentMap.Of(result.Scenario).ToDictionary(f => f.Id);
        Assert.Equal(["i1", "i2"], features["cable"].Injects);
        Assert.Equal(["i1"], features["jamming"].Injects);
        Assert.Empty(features["ferry-port"].Injects);
        Assert.Equal("line", features["cable"].Kind);
        Assert.Equal([24.9, 60.1], features["cable"].Coordinates[0]);
    }

    [Theory]
    [InlineData("[«190, 60]", "ES220", "longitude 190")]
    [InlineData("[24.9, «-91]", "ES220", "latitude -91")]
    [InlineData("«[24.9]", "ES221", "one [longitude, latitude] pair")]
    [InlineData("«[24.9, 60.1, 12]", "ES221", "one [longitude, latitude] pair")]
    public void A_bad_point_is_reported_at_the_value(string coordinates, string code, string words)
    {
        var (yaml, expected) = MarkedScenario.Parse(File, Header + Sectors + Teams + Injects + $"""
            locations:
              - id: p
                name: P
                kind: point
                coordinates: {coordinates}

            """);

        var diagnostic = Assert.Single(ScenarioLoader.Load(File, yaml).Diagnostics, d => d.Code == code);

        Assert.Equal(expected, diagnostic.Location);
        Assert.Contains(words, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_that_would_fit_the_other_way_round_is_named_as_swapped()
    {
        var swapped = Load("[59.4, 124.9]");
        var merely = Load("[124.9, 95]");

        Assert.Equal("ES220", swapped.Code);
        Assert.Contains("latitude 124.9 of the point 'p' is outside -90 to 90; positions are written [longitude, latitude]", swapped.Message, StringComparison.Ordinal);
        Assert.Equal("ES220", merely.Code);
        Assert.DoesNotContain("[longitude, latitude]", merely.Message, StringComparison.Ordinal);

        static Diagnostic Load(string coordinates) => ScenarioLoader.Load(File, Header + Sectors + Teams + Injects + $"""
            locations:
              - id: p
                name: P
                kind: point
                coordinates: {coordinates}

            """).Diagnostics.Single();
    }

    [Theory]
    [InlineData("line", "[[24.9, 60.1]]", "a line needs at least two")]
    [InlineData("line", "[[24.9, 60.1], [24.9, 60.1]]", "1 distinct position")]
    [InlineData("area", "[[24.9, 60.1], [25.0, 60.1]]", "an area needs at least three")]
    [InlineData("area", "[[24.9, 60.1], [25.0, 60.1], [24.9, 60.1]]", "2 distinct corners")]
    public void A_line_or_area_with_too_few_positions_is_reported_at_its_coordinates(string kind, string coordinates, string words)
    {
        var (yaml, expected) = MarkedScenario.Parse(File, Header + Sectors + Teams + Injects + $"""
            locations:
              - id: shape
                name: Shape
                kind: {kind}
                coordinates: «{coordinates}

            """);

        var result = ScenarioLoader.Load(File, yaml);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ES221", diagnostic.Code);
        Assert.Equal(expected, diagnostic.Location);
        Assert.Contains(words, diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Scenario!.Locations);
    }

    [Fact]
    public void An_unknown_location_in_an_inject_or_a_sector_is_an_unresolved_reference_with_a_suggestion()
    {
        var (yaml, expected) = MarkedScenario.Parse(File, Header + Sectors.Replace("recovery: 4h", "recovery: 4h\n    locations: [cable]", StringComparison.Ordinal) + Teams + """
            injects:
              - { id: i1, at: 10m, to: red, title: Hello, locations: [«cabel] }

            """ + Places);

        var result = ScenarioLoader.Load(File, yaml);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnresolvedReference.Code, diagnostic.Code);
        Assert.Equal(expected, diagnostic.Location);
        Assert.Contains("no location has the id 'cabel'; did you mean 'cable'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_a_location_whose_geometry_is_broken_is_reported_too()
    {
        var result = ScenarioLoader.Load(File, Header + Sectors + Teams + """
            injects:
              - { id: i1, at: 10m, to: red, title: Hello, locations: [shape] }
            locations:
              - { id: shape, name: Shape, kind: line, coordinates: [[24.9, 60.1]] }

            """);

        Assert.Equal(["ES221", "ES301"], result.Diagnostics.Select(d => d.Code).Order());
    }

    [Fact]
    public void Two_locations_with_one_id_an_unknown_kind_and_an_unknown_key_are_reported()
    {
        var result = ScenarioLoader.Load(File, Header + Sectors + Teams + Injects + """
            locations:
              - { id: a, name: A, kind: point, coordinates: [1, 2] }
              - { id: a, name: A again, kind: point, coordinates: [1, 3] }
              - { id: b, name: B, kind: polygon, coordinates: [1, 2] }
              - { id: c, name: C, kind: point, coordinates: [1, 2], colour: red }

            """);

        Assert.Equal(["ES102", "ES105", "ES300"], result.Diagnostics.Select(d => d.Code).Order());
        Assert.Contains(result.Diagnostics, d => d.Code == "ES105" && d.Message.Contains("point, line, area", StringComparison.Ordinal));
    }
}
