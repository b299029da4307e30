namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>
/// Every mapping of the scenario format with its keys. The loader reads by these, and a test holds
/// <c>scenarios/scenario.schema.json</c> to the same keys, so editors and the server never disagree.
/// The names match the schema's <c>definitions</c>.
/// </summary>
public static class ScenarioShapes
{
    public static readonly ObjectShape Scenario = new("scenario",
        ["schema", "id", "title", "summary", "sources", "languages", "clock", "sectors", "actors", "teams", "personas",
         "objectives", "phases", "inject_defaults", "injects", "decisions", "end", "hot_wash", "templates", "locations"],
        ["schema", "id", "title", "clock"]);

    public static readonly ObjectShape Source = new("source", ["title", "url", "date"], ["title"]);
    public static readonly ObjectShape Clock = new("clock", ["start", "speed", "duration", "time_zone"], ["start", "duration"]);

    public static readonly ObjectShape Sector = new("sector",
        ["id", "name", "description", "initial", "recovery", "thresholds", "depends_on", "locations", "translations"], ["id", "name", "recovery"]);

    public static readonly ObjectShape Thresholds = new("thresholds", ["degraded", "disrupted", "failed"], []);
    public static readonly ObjectShape Dependency = new("dependency", ["sector", "weight", "type", "note"], ["sector", "weight", "type"]);
    public static readonly ObjectShape Actor = new("actor", ["id", "name", "kind", "country", "description", "translations"], ["id", "name"]);

    public static readonly ObjectShape Team = new("team",
        ["id", "name", "plays", "description", "sees", "roles", "resources", "translations"], ["id", "name"]);

    public static readonly ObjectShape Role = new("role", ["id", "name", "description", "briefing", "translations"], ["id", "name"]);
    public static readonly ObjectShape Persona = new("persona", ["id", "name", "organisation", "role"], ["id", "name"]);

    public static readonly ObjectShape Objective = new("objective",
        ["id", "title", "capability", "description", "critical_tasks", "rating_scale"], ["id", "title", "capability"]);

    public static readonly ObjectShape CriticalTask = new("critical_task", ["id", "title"], ["id", "title"]);
    public static readonly ObjectShape RatingLevel = new("rating_level", ["code", "label"], ["code", "label"]);
    public static readonly ObjectShape Phase = new("phase", ["id", "title", "summary", "starts", "questions", "inject_defaults", "translations"], ["id", "title", "starts"]);

    /// <summary>What an inject takes for the keys it does not set: from its phase's defaults, else the file's.</summary>
    public static readonly ObjectShape InjectDefaults = new("inject_defaults", ["to", "channel", "from"], []);

    public static readonly ObjectShape Inject = new("inject",
        ["id", "phase", "at", "after", "when", "on_demand", "to", "channel", "from", "title", "body", "translations",
         "media", "sector", "effects", "expected_actions", "contingency_for", "decision", "objectives", "notes", "locations"],
        ["id", "title"]);

    public static readonly ObjectShape After = new("after", ["inject", "delay"], ["inject"]);
    public static readonly ObjectShape Translation = new("translation", ["title", "body"], []);

    /// <summary>The translation of a sector, actor, team or role: the same words each of them writes.</summary>
    public static readonly ObjectShape NamedTranslation = new("named_translation", ["name", "description"], []);

    /// <summary>The translation of a decision or one of its options.</summary>
    public static readonly ObjectShape TitledTranslation = new("titled_translation", ["title", "description"], []);

    public static readonly ObjectShape PhaseTranslation = new("phase_translation", ["title", "summary"], []);
    public static readonly ObjectShape ExpectedActionTranslation = new("expected_action_translation", ["action"], []);
    public static readonly ObjectShape HotWashTranslation = new("hot_wash_translation", ["question"], []);

    public static readonly ObjectShape Effect = new("effect",
        ["sector", "perturbation", "for", "shock", "recovery_factor"], ["sector"]);

    public static readonly ObjectShape ExpectedAction = new("expected_action",
        ["id", "team", "action", "within", "evidence", "objective", "task", "translations"], ["id", "action", "within"]);

    public static readonly ObjectShape Decision = new("decision",
        ["id", "title", "description", "by", "teams", "rule", "lead", "within", "default", "options", "objective", "translations"], ["id", "title", "options"]);

    public static readonly ObjectShape Option = new("option",
        ["id", "title", "description", "effects", "resources", "follow_ups", "translations"], ["id", "title"]);

    public static readonly ObjectShape FollowUp = new("follow_up", ["inject", "delay"], ["inject"]);
    public static readonly ObjectShape End = new("end", ["when"], []);
    /// <summary>A place on the incident map; coordinates are [longitude, latitude] as in GeoJSON.</summary>
    public static readonly ObjectShape Location = new("location",
        ["id", "name", "kind", "coordinates", "category", "description"], ["id", "name", "kind", "coordinates"]);

    public static readonly ObjectShape HotWashQuestion = new("hot_wash_question", ["id", "question", "to", "translations"], ["id", "question"]);

    public static IReadOnlyList<ObjectShape> All { get; } =
    [
        Scenario, Source, Clock, Sector, Thresholds, Dependency, Actor, Team, Role, Persona, Objective, CriticalTask,
        RatingLevel, Phase, InjectDefaults, Inject, After, Translation, Effect, ExpectedAction, Decision, Option, FollowUp, End,
        HotWashQuestion, Location, NamedTranslation, TitledTranslation, PhaseTranslation, ExpectedActionTranslation, HotWashTranslation,
    ];
}
