using ExerciseServer.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ExerciseServer.Core.Scenarios.Yaml;

/// <summary>
/// Turns YAML text into a located node tree. Never throws on bad input: every problem the parser or the
/// limits find becomes a diagnostic, and the result is null when nothing usable could be read.
/// </summary>
public static class YamlDocumentReader
{
    /// <summary>Scenario files are hand-written; anything bigger is a mistake or an attack.</summary>
    public const int MaxCharacters = 16 * 1024 * 1024;

    public const int MaxDepth = 64;

    /// <summary>Enough for a 10,000-inject scenario many times over, far too few for an alias bomb.</summary>
    public const long MaxExpandedNodes = 5_000_000;

    /// <summary>
    /// The text a scenario may stand for once aliases are expanded: as much as a file may hold. Few nodes can
    /// still be huge (200 aliases of one 1 MB value), and every read of the injects would copy that text.
    /// </summary>
    public const long MaxExpandedCharacters = MaxCharacters;

    public static YamlNode? Read(string file, string text, DiagnosticBag diagnostics)
    {
        if (text.Length > MaxCharacters)
        {
            diagnostics.Report(DiagnosticCodes.ResourceLimit, SourceLocation.StartOf(file),
                $"the file has {text.Length:N0} characters; a scenario may have at most {MaxCharacters:N0}");
            return null;
        }

        var builder = new TreeBuilder(file, text, diagnostics);
        var parser = new Parser(new StringReader(text));
        try
        {
            return builder.ReadStream(parser);
        }
        catch (TreeAbandonedException)
        {
            return null;
        }
    }

    private static string CleanParserMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): " which repeats our location.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        var text = cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
        return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim().TrimEnd('.');
    }

    private sealed class TreeAbandonedException : Exception;

    private sealed class TreeBuilder(string file, string text, DiagnosticBag diagnostics)
    {
        private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);

        // Items and entries of the collections being read, innermost last; each collection is copied out into an
        // array of its exact size when it ends, so growing lists are not garbage for every mapping of a large file.
        private readonly List<YamlNode> _items = [];
        private readonly List<KeyValuePair<YamlScalar, YamlNode>> _entries = [];

        // Characters of the whole document as expanded so far: values read plus the text each alias repeats.
        private long _expandedCharacters;

        public SourceLocation LastLocation { get; private set; } = SourceLocation.StartOf(file);

        public YamlNode? ReadStream(IParser parser)
        {
            Expect<StreamStart>(parser);
            YamlNode? first = null;
            var documents = 0;
            while (Peek(parser) is DocumentStart)
            {
                Next(parser);
                documents++;
                var root = Peek(parser) is DocumentEnd ? null : ReadNode(parser, 1);
                Expect<DocumentEnd>(parser);
                if (documents == 1)
                {
                    first = root;
                }
                else if (documents == 2)
                {
                    diagnostics.Report(DiagnosticCodes.MultipleDocuments, root?.Start ?? LastLocation,
                        "a scenario file holds one YAML document; remove the second '---' or split the file");
                }
            }

            Expect<StreamEnd>(parser);
            return first;
        }

        private YamlNode ReadNode(IParser parser, int depth)
        {
            var ev = Next(parser);
            var at = LastLocation;
            if (depth > MaxDepth)
            {
                diagnostics.Report(DiagnosticCodes.ResourceLimit, at,
                    $"nesting is deeper than {MaxDepth} levels; a scenario never needs that");
                throw new TreeAbandonedException();
            }

            YamlNode node;
            switch (ev)
            {
                case AnchorAlias alias:
                    if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        diagnostics.Report(DiagnosticCodes.YamlSyntax, at, $"the alias *{alias.Value.Value} names no anchor defined before it");
                        return new YamlScalar(at, "", isPlain: true, isBlock: false);
                    }

                    CountExpandedText(target.ExpandedCharacters, at);
                    return target;
                case Scalar scalar:
                    var explicitString = scalar.Tag is { IsEmpty: false, IsNonSpecific: false } && scalar.Tag.Value is "!!str" or "tag:yaml.org,2002:str";
                    node = new YamlScalar(at, scalar.Value,
                        isPlain: scalar.Style == ScalarStyle.Plain && !explicitString,
                        isBlock: scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded);
                    CountExpandedText(node.ExpandedCharacters, at);
                    break;
                case SequenceStart:
                    var first = _items.Count;
                    while (Peek(parser) is not SequenceEnd)
                    {
                        var item = ReadNode(parser, depth + 1);
                        _items.Add(item);
                    }

                    Next(parser);
                    node = new YamlSequence(at, TakeFrom(_items, first));
                    break;
                case MappingStart:
                    node = ReadMapping(parser, at, depth);
                    break;
                default:
                    diagnostics.Report(DiagnosticCodes.YamlSyntax, at, "unexpected YAML structure here");
                    throw new TreeAbandonedException();
            }

            if (node.ExpandedSize > MaxExpandedNodes)
            {
                diagnostics.Report(DiagnosticCodes.ResourceLimit, at,
                    $"aliases here expand to more than {MaxExpandedNodes:N0} nodes");
                throw new TreeAbandonedException();
            }

            if (ev is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                _anchors[anchored.Anchor.Value] = node;
            }

            return node;
        }

        private void CountExpandedText(long characters, SourceLocation at)
        {
            _expandedCharacters += characters;
            if (_expandedCharacters > MaxExpandedCharacters)
            {
                diagnostics.Report(DiagnosticCodes.ExpandedTextLimit, at,
                    $"with aliases expanded, the scenario's text passes {MaxExpandedCharacters:N0} characters here; repeat less text through aliases");
                throw new TreeAbandonedException();
            }
        }

        private YamlMapping ReadMapping(IParser parser, SourceLocation at, int depth)
        {
            var entries = _entries;
            var start = entries.Count;

            // Most mappings have a handful of keys: a scan of them finds a duplicate faster than a dictionary is built.
            Dictionary<string, SourceLocation>? seen = null;
            IReadOnlyList<YamlMapping>? merged = null;
            SourceLocation? mergeKey = null;
            while (Peek(parser) is not MappingEnd)
            {
                var keyNode = ReadNode(parser, depth + 1);
                var value = ReadNode(parser, depth + 1);
                if (keyNode is not YamlScalar key)
                {
                    diagnostics.Report(DiagnosticCodes.WrongNodeKind, keyNode.Start,
                        $"a key must be a single word, not {keyNode.KindName}");
                    continue;
                }

                if (key is { IsPlain: true, Value: MergeKey })
                {
                    if (mergeKey is { } firstMerge)
                    {
                        diagnostics.Report(DiagnosticCodes.DuplicateKey, key.Start,
                            $"'<<' is already set at line {firstMerge.Line}; merge several mappings with one list: <<: [*first, *second]");
                    }
                    else
                    {
                        mergeKey = key.Start;
                        merged = MergeSources(value);
                    }

                    continue;
                }

                if (FirstKey(entries, start, seen, key.Value) is { } first)
                {
                    diagnostics.Report(DiagnosticCodes.DuplicateKey, key.Start,
                        $"'{key.Value}' is already set at line {first.Line}; a key may appear once, so this value would silently replace that one");
                    continue;
                }

                entries.Add(new(key, value));
                if (seen is not null)
                {
                    seen[key.Value] = key.Start;
                }
                else if (entries.Count - start == SmallMapping)
                {
                    seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
                    for (var i = start; i < entries.Count; i++)
                    {
                        seen[entries[i].Key.Value] = entries[i].Key.Start;
                    }
                }
            }

            Next(parser);
            if (merged is not null)
            {
                Merge(merged, entries, start, seen);
            }

            return new YamlMapping(at, TakeFrom(entries, start));
        }

        /// <summary>YAML's merge key: <c>&lt;&lt;: *defaults</c> or <c>&lt;&lt;: [*a, *b]</c>.</summary>
        private const string MergeKey = "<<";

        private IReadOnlyList<YamlMapping>? MergeSources(YamlNode value)
        {
            var sources = value switch
            {
                YamlMapping mapping => [mapping],
                YamlSequence sequence when sequence.Items.All(item => item is YamlMapping) => sequence.Items.Cast<YamlMapping>().ToList(),
                _ => null,
            };
            if (sources is null)
            {
                var wrong = value is YamlSequence list ? list.Items.First(item => item is not YamlMapping) : value;
                diagnostics.Report(DiagnosticCodes.WrongNodeKind, wrong.Start,
                    $"'<<' merges mappings, usually an alias such as *defaults or a list of them, not {wrong.KindName}");
            }

            return sources;
        }

        /// <summary>
        /// Adds the keys of the merged mappings that the mapping does not set itself, wherever its own keys stand
        /// (before or after the '<<'); of two merged mappings with the same key, the first listed wins.
        /// </summary>
        private static void Merge(IReadOnlyList<YamlMapping> sources, List<KeyValuePair<YamlScalar, YamlNode>> entries, int start, Dictionary<string, SourceLocation>? seen)
        {
            foreach (var source in sources)
            {
                foreach (var entry in source.Entries)
                {
                    if (FirstKey(entries, start, seen, entry.Key.Value) is null)
                    {
                        entries.Add(entry);
                        seen?.TryAdd(entry.Key.Value, entry.Key.Start);
                    }
                }
            }
        }

        private const int SmallMapping = 16;

        /// <summary>Where <paramref name="key"/> was first set in the mapping read so far, or null.</summary>
        private static SourceLocation? FirstKey(List<KeyValuePair<YamlScalar, YamlNode>> entries, int start, Dictionary<string, SourceLocation>? seen, string key)
        {
            if (seen is not null)
            {
                return seen.TryGetValue(key, out var at) ? at : null;
            }

            for (var i = start; i < entries.Count; i++)
            {
                if (entries[i].Key.Value == key)
                {
                    return entries[i].Key.Start;
                }
            }

            return null;
        }

        /// <summary>The items from <paramref name="start"/> on, as an array; they are removed from the shared list.</summary>
        private static T[] TakeFrom<T>(List<T> list, int start)
        {
            var count = list.Count - start;
            if (count == 0)
            {
                return [];
            }

            var result = new T[count];
            list.CopyTo(start, result, 0, count);
            list.RemoveRange(start, count);
            return result;
        }

        // IParser.Current is the next unconsumed event; MoveNext consumes it.
        private ParsingEvent Next(IParser parser)
        {
            var ev = Peek(parser);
            if (ev is null)
            {
                diagnostics.Report(DiagnosticCodes.YamlSyntax, LastLocation, "the file ends in the middle of a YAML structure");
                throw new TreeAbandonedException();
            }

            LastLocation = Locate(ev.Start);
            Advance(parser);
            return ev;
        }

        private ParsingEvent? Peek(IParser parser)
        {
            if (parser.Current is null && !Advance(parser))
            {
                return null;
            }

            return parser.Current;
        }

        /// <summary>
        /// The only place the YAML parser runs. Its YamlException is a syntax error with a position; on some
        /// malformed input it throws other exceptions from inside its scanner, which mean the same.
        /// </summary>
        private bool Advance(IParser parser)
        {
            try
            {
                return parser.MoveNext();
            }
            catch (YamlException ex)
            {
                var at = new SourceLocation(file, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column));
                var (where, message) = YamlSyntaxExplainer.Explain(text, at, CleanParserMessage(ex.Message));
                diagnostics.Report(DiagnosticCodes.YamlSyntax, where, message);
                throw new TreeAbandonedException();
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
            {
                var (where, message) = YamlSyntaxExplainer.Explain(text, LastLocation, parserText: null);
                diagnostics.Report(DiagnosticCodes.YamlSyntax, where, message);
                throw new TreeAbandonedException();
            }
        }

        private void Expect<T>(IParser parser)
            where T : ParsingEvent
        {
            var ev = Next(parser);
            if (ev is not T)
            {
                diagnostics.Report(DiagnosticCodes.YamlSyntax, Locate(ev.Start), "unexpected YAML structure here");
                throw new TreeAbandonedException();
            }
        }

        private SourceLocation Locate(Mark mark) =>
            new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
    }
}
