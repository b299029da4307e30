namespace ExerciseServer.Core.Scenarios.Loading;

/// <summary>Every keyed entity of the scenario format, with the words its messages use.</summary>
internal static class EntityKinds
{
    public static readonly EntityKind Sector = new("sector", ScenarioShapes.Sector, ScenarioShapes.NamedTranslation);
    public static readonly EntityKind Actor = new("actor", ScenarioShapes.Actor, ScenarioShapes.NamedTranslation);
    public static readonly EntityKind Team = new("team", ScenarioShapes.Team, ScenarioShapes.NamedTranslation, IsTeam: true);
    public static readonly EntityKind Role = new("role", ScenarioShapes.Role, ScenarioShapes.NamedTranslation);
    public static readonly EntityKind Persona = new("persona", ScenarioShapes.Persona);
    public static readonly EntityKind Objective = new("objective", ScenarioShapes.Objective);
    public static readonly EntityKind CriticalTask = new("critical task", ScenarioShapes.CriticalTask);
    public static readonly EntityKind Phase = new("phase", ScenarioShapes.Phase, ScenarioShapes.PhaseTranslation);
    public static readonly EntityKind Inject = new("inject", ScenarioShapes.Inject, ScenarioShapes.Translation);
    public static readonly EntityKind ExpectedAction = new("expected action", ScenarioShapes.ExpectedAction, ScenarioShapes.ExpectedActionTranslation);
    public static readonly EntityKind Decision = new("decision", ScenarioShapes.Decision, ScenarioShapes.TitledTranslation);
    public static readonly EntityKind Option = new("option", ScenarioShapes.Option, ScenarioShapes.TitledTranslation);
    public static readonly EntityKind HotWashQuestion = new("hot-wash question", ScenarioShapes.HotWashQuestion, ScenarioShapes.HotWashTranslation, IdNoun: "question");
    public static readonly EntityKind Location = new("location", ScenarioShapes.Location);
}
