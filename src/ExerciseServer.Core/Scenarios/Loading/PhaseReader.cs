using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>
/// Reads the exercise's <c>phases</c>, and each phase's <c>inject_defaults</c> into <paramref name="defaults"/>: the
/// phases are read before the injects that take them.
/// </summary>
internal sealed class PhaseReader(NodeReader read, EntityReader entities, InjectDefaults defaults)
{
    public IEnumerable<Phase> ReadAll(YamlNode? node) => entities.List(node, "phases", EntityKinds.Phase, Read);

    private Phase Read(Entity phase)
    {
        var questions = new List<string>();
        foreach (var item in read.List(phase["questions"], "questions"))
        {
            if (read.Text(item, "a discussion question") is { } question)
            {
                questions.Add(question);
            }
        }

        defaults.SetForPhase(phase.Id, phase["inject_defaults"] is { } own ? read.Mapping(own, ScenarioShapes.InjectDefaults, $"the inject_defaults of phase '{phase.Id}'") : null);
        return new Phase
        {
            Id = phase.Id,
            Location = phase.Location,
            Title = read.Text(phase["title"], "the phase title") ?? phase.Id,
            Summary = read.OptionalText(phase["summary"], "the summary"),
            Starts = read.Duration(phase["starts"], "the phase start") ?? new(TimeSpan.Zero, phase.Map.Location),
            Questions = questions,
            Translations = phase.Translations(),
        };
    }
}
