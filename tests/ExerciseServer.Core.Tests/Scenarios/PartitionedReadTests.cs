using System.Text.RegularExpressions;
using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Loading;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;
using ExerciseServer.Core.Tests.Support;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>
/// A large scenario's injects are read in parts on every core. Read in any number of parts, a list with mistakes
/// scattered through it gives the injects, their numbers and the diagnostics, in the order reading it whole gives.
/// </summary>
public sealed partial class PartitionedReadTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(16)]
    public void Reading_in_parts_equals_reading_in_order(int partCount)
    {
        var nodes = BrokenInjectNodes();

        var (whole, wholeDiagnostics) = ReadInjects(nodes, partCount: 1);
        var (parts, partDiagnostics) = ReadInjects(nodes, partCount);

        Assert.Equal(Describe(whole), Describe(parts));
        Assert.Equal(wholeDiagnostics.Items.Select(d => d.ToString()), partDiagnostics.Items.Select(d => d.ToString()));
        Assert.True(wholeDiagnostics.Items.Count >= 60, $"the planted mistakes were found: {wholeDiagnostics.Items.Count}");
    }

    [Fact]
    public void Injects_are_numbered_by_their_place_counting_the_ones_left_out()
    {
        var (injects, _) = ReadInjects(BrokenInjectNodes(), partCount: 5);

        // Every 101st inject has no usable id and is left out; the others keep the number of their place in the list.
        Assert.All(injects, inject => Assert.Equal(int.Parse(inject.Id[1..], System.Globalization.CultureInfo.InvariantCulture) + 1, inject.Number));
        Assert.DoesNotContain(injects, inject => inject.Number % 101 == 1);
    }

    /// <summary>The generated 3,000-inject scenario with a mistake in every 37th (a media path), 53rd (a misspelt key) and 101st (an unusable id) inject.</summary>
    private static IReadOnlyList<YamlNode> BrokenInjectNodes()
    {
        var text = LargeScenarioGenerator.Generate(3_000);
        var index = 0;
        text = InjectStart().Replace(text, match =>
        {
            var i = index++;
            return i % 101 == 0 ? "  - id: Not An Id\n"
                : i % 53 == 0 ? match.Value + "    titel: a misspelt key\n"
                : i % 37 == 0 ? match.Value + "    media: [../secret.pdf]\n"
                : match.Value;
        });
        var diagnostics = new DiagnosticBag();
        var root = (YamlMapping)YamlDocumentReader.Read("broken.yaml", text, diagnostics)!;
        Assert.Empty(diagnostics.Items);
        var injects = (YamlSequence)root.Entries.Single(e => e.Key.Value == "injects").Value;
        Assert.Equal(3_000, injects.Items.Count);
        return injects.Items;
    }

    /// <summary>Read as <see cref="ScenarioReader"/> reads the injects, with an explicit number of parts.</summary>
    private static (List<Inject> Injects, DiagnosticBag Diagnostics) ReadInjects(IReadOnlyList<YamlNode> nodes, int partCount)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new ScenarioClock { Start = DateTimeOffset.UnixEpoch, Speed = 1, Duration = TimeSpan.FromDays(3), DurationLocation = SourceLocation.StartOf("broken.yaml") };
        var injects = PartitionedRead.Read(nodes, new NodeReader(diagnostics), (read, first, part) =>
        {
            var entities = new EntityReader(read);
            return new InjectReader(read, entities, new InjectDefaults(), new AudienceReader(read), new EffectReader(read, entities)).ReadAll(part, clock, first);
        }, partCount);
        return (injects, diagnostics);
    }

    private static IEnumerable<string> Describe(IEnumerable<Inject> injects) =>
        injects.Select(i => $"{i.Number} {i.Id} {i.Title} {i.Channel} {i.At?.Value} {i.Location}");

    [GeneratedRegex(@"^  - id: i\d{5}\n", RegexOptions.Multiline)]
    private static partial Regex InjectStart();
}
