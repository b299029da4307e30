using ExerciseServer.Core.Simulation;

namespace ExerciseServer.Core.Engine;

/// <summary>Answers conditions from the exercise state, with sector values from a model at the same game time.</summary>
internal sealed class EvaluationContext(ExerciseState state, IReadOnlySectorModel model, TimeSpan time) : IConditionContext
{
    public TimeSpan Time { get; } = time;

    public double Inoperability(string sector) => model.InoperabilityOf(sector);

    public SectorCondition SectorState(string sector) => state.Conditions[model.Index[sector]];

    public bool Released(string inject) => state.Injects.TryGetValue(inject, out var i) && i.IsReleased;

    public bool Acknowledged(string inject, string? team) =>
        state.Injects.TryGetValue(inject, out var i) && (team is null ? i.AcknowledgedBy.Count > 0 : i.AcknowledgedBy.Contains(team));

    public bool Responded(string inject, string? team) =>
        state.Injects.TryGetValue(inject, out var i) && (team is null ? i.Responses.Count > 0 : i.Responses.ContainsKey(team));

    public bool Decided(string decision) => state.Decisions.TryGetValue(decision, out var d) && d.Chosen is not null;

    public bool Chosen(string decision, string option) => state.Decisions.TryGetValue(decision, out var d) && d.Chosen == option;

    public bool Met(string action) => state.Actions.TryGetValue(action, out var a) && a.Status == ActionStatus.Met;

    public bool Missed(string action) => state.Actions.TryGetValue(action, out var a) && a.Status == ActionStatus.Missed;

    public double Resource(string team, string name) =>
        state.Resources.TryGetValue(team, out var resources) ? resources.GetValueOrDefault(name) : 0;

}
