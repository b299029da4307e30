using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Tests.Scenarios;

/// <summary>
/// The YAML reader finds a repeated key by scanning a small mapping and through a dictionary once a mapping has many
/// keys; either way the repeat is ES101 at the repeat, naming the line of the first, and the first value is kept.
/// </summary>
public sealed class DuplicateKeyTests
{
    [Theory]
    [InlineData(3, 1)]
    [InlineData(15, 14)]
    [InlineData(16, 3)]
    [InlineData(40, 39)]
    [InlineData(40, 0)]
    public void A_repeated_key_is_reported_at_the_repeat_with_the_line_of_the_first(int keys, int repeated)
    {
        var lines = Enumerable.Range(0, keys).Select(k => $"k{k}: v{k}").Append($"k{repeated}: again").Append("last: x");
        var diagnostics = new DiagnosticBag();

        var root = YamlDocumentReader.Read("keys.yaml", string.Join('\n', lines) + "\n", diagnostics);

        var duplicate = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.DuplicateKey.Code, duplicate.Code);
        Assert.Equal(new SourceLocation("keys.yaml", keys + 1, 1), duplicate.Location);
        Assert.Contains($"already set at line {repeated + 1}", duplicate.Message, StringComparison.Ordinal);
        var mapping = Assert.IsType<YamlMapping>(root);
        Assert.Equal(keys + 1, mapping.Entries.Count);
        Assert.Equal($"v{repeated}", ((YamlScalar)mapping.Entries[repeated].Value).Value);
    }
}
