using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>Reads the scenario's <c>decisions</c>: who decides (one team, or several under a joint rule), by when, and each option with its effects, resources and follow-up injects.</summary>
internal sealed class DecisionReader(NodeReader read, EntityReader entities, EffectReader effects)
{
    public IEnumerable<Decision> ReadAll(YamlNode? node) => entities.Items(node, "decisions", Read);

    private Decision? Read(YamlNode node)
    {
        var opened = entities.Open(node, EntityKinds.Decision, out var map);
        // 'by' is checked even when the id is unusable, so the author hears of both in one pass.
        var (by, joint) = map is null ? default : new JointDecisionReader(read).Read(map, opened?.Id ?? "?");
        if (opened is not { } decision)
        {
            return null;
        }

        var options = entities.List(decision["options"], "options", EntityKinds.Option, ReadOption).ToList();
        if (decision.Has("options") && options.Count < 2)
        {
            read.Report(DiagnosticCodes.TooFewOptions, decision.KeyLocation("options"), $"decision '{decision.Id}' has {options.Count} option(s); a decision needs at least two");
        }

        return new Decision
        {
            Id = decision.Id,
            Location = decision.Location,
            Title = read.Text(decision["title"], "the decision title") ?? decision.Id,
            Description = read.OptionalText(decision["description"], "the description"),
            By = by ?? new Reference("", decision.Map.Location),
            Joint = joint,
            Within = decision["within"] is { } within ? read.Duration(within, "the time to decide 'within'", positive: true) : null,
            Default = decision["default"] is { } def ? read.Reference(def, "the default option") : null,
            Options = options,
            Objective = decision["objective"] is { } objective ? read.Reference(objective, "the objective") : null,
            Translations = decision.Translations(),
        };
    }

    private DecisionOption ReadOption(Entity option)
    {
        var followUps = ReadFollowUps(option["follow_ups"]);
        return new DecisionOption
        {
            Id = option.Id,
            Location = option.Location,
            Title = read.Text(option["title"], "the option title") ?? option.Id,
            Description = read.OptionalText(option["description"], "the description"),
            Effects = [.. effects.ReadAll(option["effects"])],
            Resources = [.. read.Amounts(option["resources"], "resources", -1_000_000, 1_000_000).Select(a => new ResourceChange(a.Name, a.Value, a.Location))],
            FollowUps = followUps,
            Translations = option.Translations(),
        };
    }

    /// <summary>An option's follow-up injects: an inject id, or the inject with a delay.</summary>
    private List<FollowUp> ReadFollowUps(YamlNode? node)
    {
        var followUps = new List<FollowUp>();
        foreach (var item in read.List(node, "follow_ups"))
        {
            if (item is YamlScalar)
            {
                if (read.Reference(item, "a follow-up inject") is { } plain)
                {
                    followUps.Add(new FollowUp(plain, new(TimeSpan.Zero, item.Start)));
                }

                continue;
            }

            var follow = read.Mapping(item, ScenarioShapes.FollowUp, "a follow-up");
            var target = follow is null ? null : read.Reference(follow["inject"], "the follow-up inject");
            if (follow is not null && target is not null)
            {
                var delay = follow["delay"] is { } d ? read.Duration(d, "the follow-up delay") : null;
                followUps.Add(new FollowUp(target.Value, delay ?? new(TimeSpan.Zero, follow.Location)));
            }
        }

        return followUps;
    }
}
