using ExerciseServer.Core.Scenarios.Model;

namespace ExerciseServer.Core.Scenarios.Writing;

/// <summary>
/// The structured parts of an inject written as YAML blocks at indentation zero, the way the scenario guide shows
/// them: the value of <c>expected_actions:</c>, <c>effects:</c> and <c>translations:</c>.
/// </summary>
public static class InjectYamlBlocks
{
    public static IReadOnlyList<string> ExpectedActions(IReadOnlyList<ExpectedAction> actions)
    {
        var lines = new List<string>();
        foreach (var action in actions)
        {
            lines.Add($"- id: {YamlText.Word(action.Id)}");
            if (action.Team is { } team)
            {
                lines.Add($"  team: {YamlText.Word(team.Id)}");
            }

            Add(lines, "  ", "action", action.Action);
            lines.Add($"  within: {YamlText.Duration(action.Within.Value)}");
            if (action.Evidence is { } evidence)
            {
                lines.Add($"  evidence: {YamlText.Quoted(evidence.Text)}");
            }

            if (action.Objective is { } objective)
            {
                lines.Add($"  objective: {YamlText.Word(objective.Id)}");
            }

            if (action.Task is { } task)
            {
                lines.Add($"  task: {YamlText.Word(task.Id)}");
            }
        }

        return lines;
    }

    public static IReadOnlyList<string> Effects(IReadOnlyList<SectorEffect> effects)
    {
        var lines = new List<string>();
        foreach (var effect in effects)
        {
            var parts = new List<string> { $"sector: {YamlText.Word(effect.Sector.Id)}" };
            if (effect.Perturbation is { } perturbation)
            {
                parts.Add($"perturbation: {YamlText.Number(perturbation)}");
            }

            if (effect.For is { } duration)
            {
                parts.Add($"for: {YamlText.Duration(duration)}");
            }

            if (effect.Shock is { } shock)
            {
                parts.Add($"shock: {YamlText.Number(shock)}");
            }

            if (effect.RecoveryFactor is { } factor)
            {
                parts.Add($"recovery_factor: {YamlText.Number(factor)}");
            }

            lines.Add($"- {{ {string.Join(", ", parts)} }}");
        }

        return lines;
    }

    public static IReadOnlyList<string> Translations(IReadOnlyList<Translation> translations)
    {
        var lines = new List<string>();
        foreach (var translation in translations)
        {
            lines.Add($"{YamlText.Word(translation.Language)}:");
            if (translation.Title is { } title)
            {
                Add(lines, "  ", "title", title);
            }

            if (translation.Body is { } body)
            {
                Add(lines, "  ", "body", body);
            }
        }

        return lines;
    }

    /// <summary><c>key: "text"</c>, or <c>key: |</c> and the text's lines indented two more.</summary>
    public static void Add(List<string> lines, string indent, string key, string text)
    {
        var value = YamlText.Text(text, indent.Length + 2);
        lines.Add($"{indent}{key}: {value[0]}");
        lines.AddRange(value.Skip(1));
    }
}
