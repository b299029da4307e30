using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>
/// Reads a long list of items that do not look at each other (the injects of a large scenario) in parts, on every
/// core. Each part gets readers of its own over a diagnostic bag of its own; the parts are put back in list order,
/// their diagnostics too, so the result is the one reading the list in order would give.
/// </summary>
internal static class PartitionedRead
{
    /// <summary>Below this a list is read before the parts would be handed out.</summary>
    public const int WorthItItems = 2_000;

    /// <param name="readPart">Reads the items from a first index on, with readers built on the reader it is given.</param>
    public static List<T> Read<T>(IReadOnlyList<YamlNode> nodes, NodeReader read, Func<NodeReader, int, IEnumerable<YamlNode>, IEnumerable<T>> readPart) =>
        nodes.Count < WorthItItems || Environment.ProcessorCount == 1
            ? [.. readPart(read, 0, nodes)]
            // A few parts per core, so a core that finishes early takes another instead of waiting.
            : Read(nodes, read, readPart, Environment.ProcessorCount * 4);

    /// <summary>In exactly <paramref name="partCount"/> parts, however short the list.</summary>
    public static List<T> Read<T>(IReadOnlyList<YamlNode> nodes, NodeReader read, Func<NodeReader, int, IEnumerable<YamlNode>, IEnumerable<T>> readPart, int partCount)
    {
        var parts = new (List<T> Items, DiagnosticBag Diagnostics)[partCount];
        Parallel.For(0, partCount, part =>
        {
            var (first, end) = (nodes.Count * part / partCount, nodes.Count * (part + 1) / partCount);
            var diagnostics = new DiagnosticBag();
            parts[part] = ([.. readPart(new NodeReader(diagnostics), first, nodes.Skip(first).Take(end - first))], diagnostics);
        });

        var result = new List<T>(nodes.Count);
        foreach (var (items, diagnostics) in parts)
        {
            result.AddRange(items);
            read.Diagnostics.AddRange(diagnostics.Items);
        }

        return result;
    }
}
