using ExerciseServer.Core.Diagnostics;
using ExerciseServer.Core.Scenarios.Model;
using ExerciseServer.Core.Scenarios.Yaml;

namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>Reads the exercise's <c>objectives</c>: each with its critical tasks and the scale its performance is rated on.</summary>
internal sealed class ObjectiveReader(NodeReader read, EntityReader entities)
{
    public IEnumerable<Objective> ReadAll(YamlNode? node) => entities.List(node, "objectives", EntityKinds.Objective, Read);

    private Objective Read(Entity objective)
    {
        var tasks = entities.List(objective["critical_tasks"], "critical_tasks", EntityKinds.CriticalTask, ReadTask).ToList();
        return new Objective
        {
            Id = objective.Id,
            Location = objective.Location,
            Title = read.Text(objective["title"], "the objective title") ?? objective.Id,
            Capability = read.Text(objective["capability"], "the capability") ?? "",
            Description = read.OptionalText(objective["description"], "the description"),
            CriticalTasks = tasks,
            RatingScale = ReadRatingScale(objective["rating_scale"]),
        };
    }

    private CriticalTask ReadTask(Entity task) => new(task.Id, read.Text(task["title"], "the critical task title") ?? task.Id, task.Location);

    private IReadOnlyList<RatingLevel> ReadRatingScale(YamlNode? node)
    {
        switch (node)
        {
            case null:
                return RatingLevel.Hseep;
            case YamlScalar scalar when scalar.Value == "hseep":
                return RatingLevel.Hseep;
            case YamlScalar scalar:
                read.Report(DiagnosticCodes.InvalidValue, scalar.Start, $"the rating scale is 'hseep' or a list of levels with code and label, not '{scalar.Value}'");
                return RatingLevel.Hseep;
        }

        var levels = new List<RatingLevel>();
        foreach (var item in read.List(node, "the rating scale"))
        {
            var level = read.Mapping(item, ScenarioShapes.RatingLevel, "a rating level");
            if (level is not null && read.Text(level["code"], "the rating code") is { } code)
            {
                levels.Add(new RatingLevel(code, read.Text(level["label"], "the rating label") ?? code));
            }
        }

        if (levels.Count < 2)
        {
            read.Report(DiagnosticCodes.InvalidValue, node.Start, "a rating scale needs at least two levels");
            return RatingLevel.Hseep;
        }

        return levels;
    }
}
