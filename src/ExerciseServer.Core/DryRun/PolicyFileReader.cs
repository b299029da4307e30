using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios;
using ExerciseServer.Core.Scenarios.Loading;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.DryRun;

/// <summary>
/// Reads a policy file for <c>simulate</c>, checked against the scenario it will play:
/// <code>
/// respond: all            # all, none, or a list of inject ids the teams answer
/// ignore: [i07]           # with respond: all, injects left unanswered
/// respond_after: 15m      # how long teams take to answer and decide
/// decisions: { gas-risk: raise-level }
/// release: [{ inject: ship-photo, at: 6h }]   # control releases on-demand injects
/// </code>
/// </summary>
public static class PolicyFileReader
{
    private static readonly ObjectShape Policy = new("policy", ["respond", "ignore", "respond_after", "decisions", "release"], []);
    private static readonly ObjectShape Release = new("release", ["inject", "at"], ["inject", "at"]);

    public static (PolicyScript? Script, IReadOnlyList<Diagnostic> Diagnostics) Read(string file, string text, Scenario scenario)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlDocumentReader.Read(file, text, diagnostics);
        var read = new NodeReader(diagnostics);
        var map = root is null ? null : read.Mapping(root, Policy, "the policy");
        if (map is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Report(DiagnosticCodes.NotAScenario, SourceLocation.StartOf(file), "a policy file is a mapping with respond, ignore, respond_after, decisions and release");
            }

            return (null, diagnostics.ToSortedList());
        }

        var injects = scenario.Injects.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var respondAll = true;
        var respondTo = new HashSet<string>(StringComparer.Ordinal);
        if (map["respond"] is YamlScalar { Value: "all" or "none" } word)
        {
            respondAll = word.Value == "all";
        }
        else if (map["respond"] is { } list)
        {
            respondAll = false;
            respondTo.UnionWith(Injects(read.References(list, "respond"), injects, diagnostics));
        }

        var ignore = Injects(read.References(map["ignore"], "ignore"), injects, diagnostics).ToHashSet(StringComparer.Ordinal);
        var after = map["respond_after"] is { } delay ? read.Duration(delay, "respond_after")?.Value : null;
        var choices = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map["decisions"] is YamlMapping decisions)
        {
            foreach (var (key, value) in decisions.Entries)
            {
                var decision = scenario.Decisions.FirstOrDefault(d => d.Id == key.Value);
                var option = read.Reference(value, $"the option for '{key.Value}'");
                if (decision is null)
                {
                    diagnostics.Report(DiagnosticCodes.UnresolvedReference, key.Start, $"the scenario has no decision '{key.Value}'{DidYouMean.Hint(key.Value, scenario.Decisions.Select(d => d.Id))}");
                }
                else if (option is { } chosen && decision.Options.All(o => o.Id != chosen.Id))
                {
                    diagnostics.Report(DiagnosticCodes.UnresolvedReference, chosen.Location, $"decision '{decision.Id}' has no option '{chosen.Id}'{DidYouMean.Hint(chosen.Id, decision.Options.Select(o => o.Id))}");
                }
                else if (option is { } valid)
                {
                    choices[decision.Id] = valid.Id;
                }
            }
        }
        else if (map["decisions"] is { } other)
        {
            diagnostics.Report(DiagnosticCodes.WrongNodeKind, other.Start, "decisions maps decision ids to option ids");
        }

        var releases = new List<ScriptedRelease>();
        foreach (var item in read.List(map["release"], "release"))
        {
            var release = read.Mapping(item, Release, "a release");
            var inject = release is null ? null : read.Reference(release["inject"], "the inject");
            var at = release is null ? null : read.Duration(release["at"], "the release time 'at'");
            if (inject is { } id && at is { } time && Injects([id], injects, diagnostics).Any())
            {
                releases.Add(new ScriptedRelease(id.Id, time.Value));
            }
        }

        var script = new PolicyScript
        {
            RespondToAll = respondAll,
            RespondTo = respondTo,
            Ignore = ignore,
            RespondAfter = after ?? TimeSpan.FromMinutes(15),
            Choices = choices,
            Releases = releases,
        };
        return (diagnostics.HasErrors ? null : script, diagnostics.ToSortedList());
    }

    private static IEnumerable<string> Injects(IEnumerable<Reference> references, IReadOnlySet<string> known, DiagnosticBag diagnostics)
    {
        foreach (var reference in references)
        {
            if (known.Contains(reference.Id))
            {
                yield return reference.Id;
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.UnresolvedReference, reference.Location, $"the scenario has no inject '{reference.Id}'{DidYouMean.Hint(reference.Id, known)}");
            }
        }
    }
}
